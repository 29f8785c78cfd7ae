package dev.converge.plan;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.converge.diff.Differ;
import dev.converge.model.Catalog;

/** The preflight questions built from a change set, without a database: what is asked, and how it is quoted. */
class PreflightPlannerTest {

    @Test
    void setNotNullAsksForNullsWithQuotedNamesAndSamplesByPrimaryKey() {
        Catalog current = catalog().schema("app").table(table("app.Order Items").col("id", "integer")
                .col("user", "text").pk("pk", "id")).build();
        Catalog desired = catalog().schema("app").table(table("app.Order Items").col("id", "integer")
                .col(col("user", "text").notNull()).pk("pk", "id")).build();

        Preflight preflight = PreflightPlanner.of(Differ.diff(current, desired), current);

        assertThat(preflight.checks()).singleElement().satisfies(check -> {
            assertThat(check.kind()).isEqualTo(DataCheck.Kind.NULLS);
            assertThat(check.blocking()).isTrue();
            assertThat(check.countSql())
                    .isEqualTo("SELECT pg_catalog.count(*) FROM app.\"Order Items\" WHERE \"user\" IS NULL");
            assertThat(check.sampleSql()).contains("'id=' || pg_catalog.quote_nullable(id)", "ORDER BY id LIMIT 3");
        });
    }

    @Test
    void duplicatesAreCountedInTheTablesOwnRowsNotItsInheritanceChildren() {
        Catalog current = catalog().schema("public").table(table("public.t").col("id", "integer").col("a", "text")
                .pk("t_pkey", "id")).build();
        Catalog desired = catalog().schema("public").table(table("public.t").col("id", "integer").col("a", "text")
                .pk("t_pkey", "id").unique("t_a_key", "a")).build();

        Preflight preflight = PreflightPlanner.of(Differ.diff(current, desired), current);

        assertThat(preflight.checks()).singleElement().satisfies(check -> {
            assertThat(check.kind()).isEqualTo(DataCheck.Kind.DUPLICATES);
            assertThat(check.countSql()).contains(" FROM ONLY public.t WHERE a IS NOT NULL GROUP BY a");
            assertThat(check.sampleSql()).contains(" FROM ONLY public.t ");
        });
    }

    @Test
    void aTableCreatedByThePlanIsNotChecked() {
        Catalog desired = catalog().schema("public").table(table("public.t").col(col("a", "text").notNull())
                .unique("t_a_key", "a")).build();
        Catalog current = catalog().schema("public").build();
        assertThat(PreflightPlanner.of(Differ.diff(current, desired), current).isEmpty()).isTrue();
    }

    @Test
    void aConstraintAddedNotValidChecksNoRows() {
        Catalog current = catalog().schema("public").table(table("public.t").col("a", "integer")).build();
        Catalog desired = catalog().schema("public").table(table("public.t").col("a", "integer")
                .constraint("t_a_check", dev.converge.model.ConstraintKind.CHECK, List.of("a"),
                        "CHECK ((a > 0)) NOT VALID")).build();
        assertThat(PreflightPlanner.of(Differ.diff(current, desired), current).checks()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHECK ((a > 0))|((a > 0))",
            "CHECK ((a > 0)) NOT VALID|((a > 0))",
            "CHECK (((s)::text <> ')'::text)) NO INHERIT|(((s)::text <> ')'::text))",
            "UNIQUE (a)|"})
    void checkExpressionIsTheParenthesisedPartOfTheDefinition(String definition, String expression) {
        assertThat(DataCheckSql.checkExpression(definition)).isEqualTo(expression);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREATE UNIQUE INDEX i ON public.t USING btree (a)|1",
            "CREATE UNIQUE INDEX i ON public.t USING btree (a, b) INCLUDE (c)|2",
            "CREATE UNIQUE INDEX i ON public.t USING btree (lower(a), \"b,c\")|2",
            "CREATE UNIQUE INDEX i ON public.t USING btree (COALESCE(a, ','::text)) WHERE (b > 0)|1"})
    void keyCountCountsTopLevelKeys(String definition, int keys) {
        assertThat(ConstraintChecks.keyCount(definition)).isEqualTo(keys);
    }
}
