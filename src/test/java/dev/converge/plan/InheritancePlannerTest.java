package dev.converge.plan;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.diff.Build;
import dev.converge.diff.Build.CatalogBuilder;
import dev.converge.diff.Differ;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.Identity;
import dev.converge.model.PartitionOf;
import dev.converge.model.Table;
import dev.converge.model.TableInheritance;

/**
 * (current, desired) -> the plan's SQL, for tables that leave or join a parent of table inheritance while the parent
 * changes. PostgreSQL passes a parent's DROP COLUMN, DROP CONSTRAINT and ALTER COLUMN on to the copies its children
 * have only by inheritance, so a child leaves (NO INHERIT) before them; a joining child needs the parent's NOT NULLs
 * when INHERIT (or ATTACH PARTITION) runs. The convergence scenarios inheritance_detach_while_parent_changes,
 * inheritance_attach_while_parent_changes and partition_*_while_parent_changes run the same on PostgreSQL.
 */
class InheritancePlannerTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the child leaves, keeps the column its parent drops, and drops the check copy",
                        inherits(catalog().schema("public")
                                        .table(table("public.base").col("id", "integer").col("note", "text")
                                                .check("base_id_check", "id", "id > 0"))
                                        .table(table("public.kid").col("id", "integer").col("note", "text")
                                                .col("extra", "integer")),
                                child("public.kid", "public.base", "id", "note")),
                        inherits(catalog().schema("public")
                                .table(table("public.base").col("id", "integer"))
                                .table(table("public.kid").col("id", "integer").col("note", "text")
                                        .col("extra", "integer"))),
                        List.of("ALTER TABLE public.kid NO INHERIT public.base",
                                "ALTER TABLE public.kid DROP CONSTRAINT base_id_check",
                                "ALTER TABLE public.base DROP CONSTRAINT base_id_check",
                                "ALTER TABLE public.base DROP COLUMN note")),
                Arguments.of("the child leaves and keeps the check copy as it is: no ADD, no drop",
                        inherits(catalog().schema("public")
                                        .table(table("public.base").col("id", "integer")
                                                .check("base_id_check", "id", "id > 0"))
                                        .table(table("public.kid").col("id", "integer")),
                                child("public.kid", "public.base", "id")),
                        inherits(catalog().schema("public")
                                .table(table("public.base").col("id", "integer")
                                        .check("base_id_check", "id", "id > 0"))
                                .table(table("public.kid").col("id", "integer")
                                        .check("base_id_check", "id", "id > 0"))),
                        List.of("ALTER TABLE public.kid NO INHERIT public.base")),
                Arguments.of("the child leaves and redefines the check: dropped after it leaves, then added",
                        inherits(catalog().schema("public")
                                        .table(table("public.base").col("id", "integer")
                                                .check("base_id_check", "id", "id > 0"))
                                        .table(table("public.kid").col("id", "integer")),
                                child("public.kid", "public.base", "id")),
                        inherits(catalog().schema("public")
                                .table(table("public.base").col("id", "integer"))
                                .table(table("public.kid").col("id", "integer")
                                        .check("base_id_check", "id", "id >= 0"))),
                        List.of("ALTER TABLE public.kid NO INHERIT public.base",
                                "ALTER TABLE public.kid DROP CONSTRAINT base_id_check",
                                "ALTER TABLE public.base DROP CONSTRAINT base_id_check",
                                "ALTER TABLE public.kid ADD CONSTRAINT base_id_check CHECK ((id >= 0)) NOT VALID",
                                "ALTER TABLE public.kid VALIDATE CONSTRAINT base_id_check")),
                Arguments.of("the parent's type, default and NOT NULL change after the child leaves with the old ones",
                        inherits(catalog().schema("public")
                                        .table(table("public.base").col(col("qty", "integer").notNull().defaultExpr("1")))
                                        .table(table("public.kid").col(col("qty", "integer").notNull().defaultExpr("1"))),
                                child("public.kid", "public.base", "qty")),
                        inherits(catalog().schema("public")
                                .table(table("public.base").col(col("qty", "bigint").defaultExpr("2")))
                                .table(table("public.kid").col(col("qty", "integer").notNull().defaultExpr("1")))),
                        List.of("ALTER TABLE public.kid NO INHERIT public.base",
                                "ALTER TABLE public.base ALTER COLUMN qty DROP DEFAULT",
                                "ALTER TABLE public.base ALTER COLUMN qty DROP NOT NULL",
                                "ALTER TABLE public.base ALTER COLUMN qty TYPE bigint USING qty::bigint",
                                "ALTER TABLE public.base ALTER COLUMN qty SET DEFAULT 2")),
                Arguments.of("the leaf leaves the middle level before the top drops the check it passes on",
                        inherits(catalog().schema("public")
                                        .table(table("public.top").col("id", "integer")
                                                .check("top_check", "id", "id < 1000"))
                                        .table(table("public.mid").col("id", "integer"))
                                        .table(table("public.leaf").col("id", "integer")),
                                child("public.mid", "public.top", "id"), child("public.leaf", "public.mid", "id")),
                        inherits(catalog().schema("public")
                                        .table(table("public.top").col("id", "integer"))
                                        .table(table("public.mid").col("id", "integer"))
                                        .table(table("public.leaf").col("id", "integer")),
                                child("public.mid", "public.top", "id")),
                        List.of("ALTER TABLE public.leaf NO INHERIT public.mid",
                                "ALTER TABLE public.leaf DROP CONSTRAINT top_check",
                                "ALTER TABLE public.top DROP CONSTRAINT top_check")),
                Arguments.of("a joining table gets the parent's NOT NULL, plainly, before INHERIT",
                        inherits(catalog().schema("public")
                                .table(table("public.base").col(col("id", "integer").notNull()))
                                .table(table("public.t").col("id", "integer"))),
                        inherits(catalog().schema("public")
                                        .table(table("public.base").col(col("id", "integer").notNull()))
                                        .table(table("public.t").col(col("id", "integer").notNull())),
                                child("public.t", "public.base", "id")),
                        List.of("ALTER TABLE public.t ALTER COLUMN id SET NOT NULL",
                                "ALTER TABLE public.t INHERIT public.base")),
                Arguments.of("a table attached as a partition gets the parent's NOT NULL, plainly, before ATTACH",
                        catalog().schema("public").table(partitioned()).table(table("public.t")
                                .col("id", "integer").col("k", "text")).build(),
                        catalog().schema("public").table(partitioned()).table(table("public.t")
                                .col(col("id", "integer").notNull()).col("k", "text").build()
                                .withPartitionOf(new PartitionOf(qn("public.p"), "FOR VALUES IN ('a')"))).build(),
                        List.of("ALTER TABLE public.t ALTER COLUMN id SET NOT NULL",
                                "ALTER TABLE public.p ATTACH PARTITION public.t FOR VALUES IN ('a')")));
    }

    private static Stream<Arguments> addedColumns() {
        return Stream.of(
                Arguments.of("a column the parent gains: the child's own default after the add, the grandchild's too",
                        inherits(catalog().schema("public")
                                        .table(table("public.base").col("id", "integer"))
                                        .table(table("public.kid").col("id", "integer"))
                                        .table(table("public.grand").col("id", "integer")),
                                child("public.kid", "public.base", "id"), child("public.grand", "public.kid", "id")),
                        inherits(catalog().schema("public")
                                        .table(table("public.base").col("id", "integer")
                                                .col(col("note", "text").defaultExpr("'p'::text")))
                                        .table(table("public.kid").col("id", "integer").col("note", "text"))
                                        .table(table("public.grand").col("id", "integer")
                                                .col(col("note", "text").defaultExpr("'g'::text"))),
                                child("public.kid", "public.base", "id", "note"),
                                child("public.grand", "public.kid", "id", "note")),
                        List.of("ALTER TABLE public.base ADD COLUMN note text DEFAULT 'p'::text",
                                "ALTER TABLE ONLY public.grand ALTER COLUMN note SET DEFAULT 'g'::text",
                                "ALTER TABLE ONLY public.kid ALTER COLUMN note DROP DEFAULT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addedColumns")
    void plansAddedColumns(String name, Catalog current, Catalog desired, List<String> expected) {
        plans(name, current, desired, expected);
        isDeterministicWhateverTheChangeOrder(name, current, desired, expected);
    }

    /** PostgreSQL refuses ADD COLUMN ... GENERATED AS IDENTITY on a table with children: refused at plan time. */
    @Test
    void refusesAnIdentityColumnAddedToAParentWithChildren() {
        Catalog current = inherits(catalog().schema("public")
                        .table(table("public.base").col("id", "integer"))
                        .table(table("public.kid").col("id", "integer")),
                child("public.kid", "public.base", "id"));
        Catalog desired = inherits(catalog().schema("public")
                        .table(table("public.base").col("id", "integer").col(col("n", "integer").notNull()
                                .identity(Identity.IdentityKind.ALWAYS, Build.intIdentityOptions())))
                        .table(table("public.kid").col("id", "integer").col(col("n", "integer").notNull())),
                child("public.kid", "public.base", "id", "n"));
        assertThatThrownBy(() -> Differ.diff(current, desired)).isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("public.base.n").hasMessageContaining("public.kid");
    }

    private static Table partitioned() {
        Table p = table("public.p").col(col("id", "integer").notNull()).col("k", "text").build();
        return new Table(p.name(), false, p.columns(), List.of(), List.of(), null, "LIST (k)", null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plans(String name, Catalog current, Catalog desired, List<String> expected) {
        Plan plan = Planner.plan(Differ.diff(current, desired));
        assertThat(plan.statements()).extracting(Statement::sql).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isDeterministicWhateverTheChangeOrder(String name, Catalog current, Catalog desired, List<String> expected) {
        List<Change> reversed = new ArrayList<>(Differ.diff(current, desired).changes());
        Collections.reverse(reversed);
        assertThat(Planner.plan(new ChangeSet(reversed))).isEqualTo(Planner.plan(Differ.diff(current, desired)));
    }

    private static TableInheritance child(String table, String parent, String... inheritedColumns) {
        return new TableInheritance(qn(table), List.of(qn(parent)), List.of(inheritedColumns));
    }

    private static Catalog inherits(CatalogBuilder catalog, TableInheritance... inheritances) {
        return catalog.build().toBuilder().inheritances(List.of(inheritances)).build();
    }
}
