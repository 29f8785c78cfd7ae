package dev.converge.plan;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.enumType;
import static dev.converge.diff.Build.sequence;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.diff.Build.CatalogBuilder;
import dev.converge.diff.Differ;
import dev.converge.model.ConstraintKind;

/** (current, desired) -> the hazards of each statement, in plan order. */
class HazardTest {

    private static final Hazard DELETES = Hazard.DELETES_DATA;
    private static final Hazard REWRITE = Hazard.TABLE_REWRITE;
    private static final Hazard LOCK = Hazard.ACCESS_EXCLUSIVE_LOCK;
    private static final Hazard VALIDATES = Hazard.VALIDATES_ROWS;
    private static final Hazard BUILD = Hazard.INDEX_BUILD;
    private static final Hazard DROPPED = Hazard.INDEX_DROPPED;

    static Stream<Arguments> cases() {
        return Stream.of(
                hazards("drop table", t(), catalog().schema("public"), Set.of(DELETES)),
                hazards("drop column", catalog().schema("public").table(table("public.t").col("id", "integer").col("x", "text")), t(),
                        Set.of(DELETES)),
                hazards("drop schema", catalog().schema("public", "old"), catalog().schema("public"),
                        Set.of(DELETES)),
                hazards("drop sequence", catalog().sequence(sequence("public.s")), catalog(), Set.of(DELETES)),
                hazards("drop enum", catalog().enumType(enumType("public.e", "a")), catalog(), Set.of()),
                hazards("lossy type change", typed("bigint"), typed("integer"), Set.of(DELETES, REWRITE, LOCK)),
                hazards("widening that rewrites", typed("integer"), typed("bigint"), Set.of(REWRITE, LOCK)),
                hazards("varchar widening: no rewrite", typed("character varying(10)"),
                        typed("character varying(20)"), Set.of()),
                hazards("set not null validates rows", typed("text"),
                        catalog().schema("public").table(table("public.t").col(col("id", "text").notNull())),
                        // check NOT VALID in the transaction; validate, SET NOT NULL, drop the check after it
                        Set.of(), Set.of(VALIDATES), Set.of(), Set.of()),
                hazards("set not null with a type change: plain, under the rewrite's lock", typed("integer"),
                        catalog().schema("public").table(table("public.t").col(col("id", "bigint").notNull())),
                        Set.of(REWRITE, LOCK), Set.of(VALIDATES, LOCK)),
                hazards("drop not null: none",
                        catalog().schema("public").table(table("public.t").col(col("id", "text").notNull())),
                        typed("text"), Set.of()),
                hazards("add check to existing table", t(),
                        catalog().schema("public").table(table("public.t").col("id", "integer")
                                .check("t_check", "id", "id > 0")), Set.of(), Set.of(VALIDATES)),
                hazards("add NOT VALID check: nothing validated", t(),
                        catalog().schema("public").table(table("public.t").col("id", "integer")
                                .constraint("t_check", ConstraintKind.CHECK, List.of("id"),
                                        "CHECK ((id > 0)) NOT VALID")), Set.of()),
                hazards("add primary key to existing table", t(),
                        catalog().schema("public").table(table("public.t").col("id", "integer").pk("t_pkey", "id")),
                        Set.of(VALIDATES, BUILD, LOCK)),
                hazards("add index to existing table", t(),
                        catalog().schema("public").table(table("public.t").col("id", "integer").index("t_i", "id")),
                        Set.of(BUILD)),
                hazards("drop index",
                        catalog().schema("public").table(table("public.t").col("id", "integer").index("t_i", "id")),
                        t(), Set.of(DROPPED)),
                hazards("new table: its constraints, index and FK carry nothing",
                        catalog().schema("public"),
                        catalog().schema("public").table(table("public.t").col("id", "integer").pk("t_pkey", "id")
                                .fk("t_fk", "id", "public.t", "id").index("t_i", "id")),
                        Set.of(), Set.of(), Set.of()),
                hazards("set logged rewrites",
                        catalog().schema("public").table(table("public.t").unlogged().col("id", "integer")), t(),
                        Set.of(REWRITE, LOCK)),
                hazards("recreated generated column",
                        catalog().schema("public").table(table("public.t").col("id", "integer")
                                .col(col("g", "integer").generated("(id + 1)"))),
                        catalog().schema("public").table(table("public.t").col("id", "integer")
                                .col(col("g", "integer").generated("(id + 2)"))),
                        Set.of(DELETES), Set.of(REWRITE, LOCK)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachStatementCarriesItsHazards(String name, CatalogBuilder current, CatalogBuilder desired,
                                        List<Set<Hazard>> expected) {
        Plan plan = Planner.plan(Differ.diff(current.build(), desired.build()));
        assertThat(plan.statements()).extracting(Statement::hazards).containsExactlyElementsOf(expected);
    }

    private static Arguments hazards(String name, CatalogBuilder current, CatalogBuilder desired,
                                     Set<?>... perStatement) {
        return Arguments.of(name, current, desired, List.of(perStatement));
    }

    private static CatalogBuilder t() {
        return catalog().schema("public").table(table("public.t").col("id", "integer"));
    }

    private static CatalogBuilder typed(String type) {
        return catalog().schema("public").table(table("public.t").col("id", type));
    }
}
