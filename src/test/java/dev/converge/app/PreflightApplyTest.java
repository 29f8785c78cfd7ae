package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.app.ApplyWorkflow.Outcome;
import dev.converge.apply.ApplyListener;
import dev.converge.apply.DataFinding;
import dev.converge.apply.PreflightReport;
import dev.converge.error.DataCheckFailedException;
import dev.converge.plan.DataCheck;
import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * The data-aware preflight on a real server: for each kind of change that can fail on existing rows, a violation
 * stops apply before any change (the schema dump is unchanged) with a message naming the table, the count and a
 * sample; once the data is fixed, the same apply goes through and converges.
 */
class PreflightApplyTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("set not null over NULLs",
                        "CREATE TABLE t (id int PRIMARY KEY, email text);"
                                + " INSERT INTO t VALUES (1, NULL), (2, 'a'), (3, NULL);",
                        "CREATE TABLE t (id int PRIMARY KEY, email text NOT NULL);",
                        List.of("public.t: 2 rows with NULL in email", "id='1'; id='3'"),
                        "UPDATE t SET email = 'x' WHERE email IS NULL"),
                Arguments.of("unique constraint over duplicates",
                        "CREATE TABLE t (id int PRIMARY KEY, code text);"
                                + " INSERT INTO t VALUES (1, 'a'), (2, 'a'), (3, 'b'), (4, NULL), (5, NULL);",
                        "CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE);",
                        List.of("public.t: 1 duplicated key (code)", "code='a' (2 rows)"),
                        "DELETE FROM t WHERE id = 2"),
                Arguments.of("unique index over duplicates, names that need quoting",
                        "CREATE TABLE \"Order Items\" (id int PRIMARY KEY, \"Sku\" text);"
                                + " INSERT INTO \"Order Items\" VALUES (1, 'x'), (2, 'x'), (3, 'x');",
                        "CREATE TABLE \"Order Items\" (id int PRIMARY KEY, \"Sku\" text);"
                                + " CREATE UNIQUE INDEX \"Items By Sku\" ON \"Order Items\" (\"Sku\");",
                        List.of("public.Order Items: 1 duplicated key (Sku)", "Sku='x' (3 rows)"),
                        "DELETE FROM \"Order Items\" WHERE id > 1"),
                Arguments.of("check constraint over violating rows",
                        "CREATE TABLE t (id int PRIMARY KEY, price numeric);"
                                + " INSERT INTO t VALUES (1, -5), (2, 3), (3, NULL);",
                        "CREATE TABLE t (id int PRIMARY KEY, price numeric CHECK (price > 0));",
                        List.of("public.t: 1 row for which", "id='1', price='-5'"),
                        "UPDATE t SET price = 5 WHERE price < 0"),
                Arguments.of("a partition's copy of a NOT VALID check validated over violating rows",
                        "CREATE TABLE ev (id int NOT NULL, amount int) PARTITION BY RANGE (id);"
                                + " CREATE TABLE \"Ev 1\" PARTITION OF ev FOR VALUES FROM (0) TO (100);"
                                + " CREATE TABLE ev_2 PARTITION OF ev FOR VALUES FROM (100) TO (200);"
                                + " INSERT INTO ev VALUES (1, -1), (2, 5), (150, -3);"
                                + " ALTER TABLE ev ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;",
                        "CREATE TABLE ev (id int NOT NULL, amount int) PARTITION BY RANGE (id);"
                                + " CREATE TABLE \"Ev 1\" PARTITION OF ev FOR VALUES FROM (0) TO (100);"
                                + " CREATE TABLE ev_2 PARTITION OF ev FOR VALUES FROM (100) TO (200);"
                                + " ALTER TABLE ev ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;"
                                + " ALTER TABLE \"Ev 1\" VALIDATE CONSTRAINT amount_positive;",
                        List.of("public.Ev 1: 1 row for which", "amount='-1'"),
                        "UPDATE ev SET amount = 1 WHERE amount < 0"),
                Arguments.of("foreign key over orphans",
                        "CREATE TABLE parent (id int PRIMARY KEY); INSERT INTO parent VALUES (1);"
                                + " CREATE TABLE child (id int PRIMARY KEY, parent_id int);"
                                + " INSERT INTO child VALUES (1, 1), (2, 9), (3, NULL), (4, 9);",
                        "CREATE TABLE parent (id int PRIMARY KEY);"
                                + " CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent);",
                        List.of("public.child: 2 rows whose (parent_id) has no match in public.parent",
                                "parent_id='9'"),
                        "DELETE FROM child WHERE parent_id = 9"),
                Arguments.of("enum value removed while rows use it",
                        "CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');"
                                + " CREATE TABLE p (id int PRIMARY KEY, m mood);"
                                + " INSERT INTO p VALUES (1, 'meh'), (2, 'happy'), (3, 'meh');",
                        "CREATE TYPE mood AS ENUM ('happy', 'sad'); CREATE TABLE p (id int PRIMARY KEY, m mood);",
                        List.of("public.p: 2 rows whose m holds a removed value", "meh (2 rows)"),
                        "UPDATE p SET m = 'sad' WHERE m = 'meh'"),
                Arguments.of("values that do not convert to the new type",
                        "CREATE TABLE t (id int PRIMARY KEY, n text);"
                                + " INSERT INTO t VALUES (1, '1'), (2, 'x1'), (3, '2'), (4, NULL), (5, 'x1');",
                        "CREATE TABLE t (id int PRIMARY KEY, n integer);",
                        List.of("public.t: 2 values that do not convert to integer", "'x1'"),
                        "UPDATE t SET n = '0' WHERE n = 'x1'"),
                Arguments.of("NOT NULL column without default added to a table with rows",
                        "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2);",
                        "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);",
                        List.of("public.t: 2 existing rows, which would get NULL", "id='1'; id='2'"),
                        "DELETE FROM t"),
                Arguments.of("table made partitioned whose rows fit no new partition",
                        "CREATE SCHEMA app; CREATE TABLE app.\"Readings\" (id int, day date NOT NULL);"
                                + " INSERT INTO app.\"Readings\" VALUES (1, '2024-02-01'), (2, '2030-01-01'),"
                                + " (3, '2031-01-01');",
                        "CREATE SCHEMA app; CREATE TABLE app.\"Readings\" (id int, day date NOT NULL)"
                                + " PARTITION BY RANGE (day); CREATE TABLE app.r_2024 PARTITION OF app.\"Readings\""
                                + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
                        List.of("app.Readings: 2 rows that no partition of the new table accepts"),
                        "DELETE FROM app.\"Readings\" WHERE day > '2025-01-01'"),
                Arguments.of("partition key changed, rows outside the new sub-partitions",
                        "CREATE TABLE m (id int NOT NULL, k text NOT NULL) PARTITION BY LIST (k);"
                                + " CREATE TABLE m_a PARTITION OF m FOR VALUES IN ('a');"
                                + " INSERT INTO m VALUES (1, 'a'), (20, 'a');",
                        "CREATE TABLE m (id int NOT NULL, k text NOT NULL) PARTITION BY LIST (k);"
                                + " CREATE TABLE m_a PARTITION OF m FOR VALUES IN ('a') PARTITION BY RANGE (id);"
                                + " CREATE TABLE m_a_low PARTITION OF m_a FOR VALUES FROM (0) TO (10);",
                        List.of("public.m_a: 1 row that no partition of the new table accepts"),
                        "DELETE FROM m WHERE id = 20"),
                Arguments.of("set not null on a table the plan renames: checked under its live name",
                        "CREATE TABLE t_old (id int PRIMARY KEY, email_old text); INSERT INTO t_old VALUES (1, NULL);",
                        "CREATE TABLE t_new ( -- converge:renamed-from t_old\n"
                                + " id int PRIMARY KEY,\n email text NOT NULL -- converge:renamed-from email_old\n);",
                        List.of("public.t_old: 1 row with NULL in email_old", "id='1'"),
                        "UPDATE t_old SET email_old = 'x'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void aViolationStopsApplyBeforeAnyChangeAndCleanDataPasses(String name, String current, String desired,
                                                                List<String> expected, String fix,
                                                                @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("desired.sql"), desired);
        try (TestDatabase db = TestDatabase.withSql(current)) {
            Target target = new Target(db.spec(), List.of(dir), Set.of(), null);
            List<String> before = SchemaDump.of(db.spec());

            assertThatThrownBy(() -> apply(target, new ArrayList<>()))
                    .isInstanceOf(DataCheckFailedException.class)
                    .hasMessageContaining("nothing was changed")
                    .satisfies(e -> assertThat(e.getMessage()).contains(expected));
            assertThat(SchemaDump.of(db.spec())).as("schema after the refused apply").isEqualTo(before);

            db.execute(fix);
            assertThat(apply(target, new ArrayList<>())).isEqualTo(Outcome.APPLIED);
            assertThat(new PlanWorkflow(Progress.SILENT).plan(target).plan().isEmpty()).isTrue();
        }
    }

    @Test
    void dropsReportTheDataTheyDeleteWithoutBlocking(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("desired.sql"), "CREATE TABLE keep (id int PRIMARY KEY);");
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE keep (id int PRIMARY KEY, note text);"
                + " INSERT INTO keep VALUES (1, 'a'), (2, NULL), (3, 'c');"
                + " CREATE TABLE gone (id int); INSERT INTO gone SELECT generate_series(1, 7);")) {
            Target target = new Target(db.spec(), List.of(dir), Set.of(), null);
            List<PreflightReport> reports = new ArrayList<>();
            assertThat(apply(target, reports)).isEqualTo(Outcome.APPLIED);
            List<String> found = reports.get(0).notable().stream().map(DataFinding::describe).toList();
            assertThat(found).containsExactly(
                    "public.gone: 7 rows deleted (drop table public.gone)",
                    "public.keep: 2 non-NULL values deleted (drop column public.keep.note)");
            assertThat(reports.get(0).notable()).allMatch(f -> f.check().kind() == DataCheck.Kind.DATA_DROPPED);
        }
    }

    @Test
    void aConversionToATypeThePlanCreatesCannotBeCheckedAndDoesNotBlock(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("desired.sql"),
                "CREATE TYPE st AS ENUM ('a', 'b'); CREATE TABLE t (id int PRIMARY KEY, s st);");
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int PRIMARY KEY, s text);"
                + " INSERT INTO t VALUES (1, 'a'), (2, 'b');")) {
            Target target = new Target(db.spec(), List.of(dir), Set.of(), null);
            List<PreflightReport> reports = new ArrayList<>();
            assertThat(apply(target, reports)).isEqualTo(Outcome.APPLIED);
            assertThat(reports.get(0).notable()).singleElement().satisfies(f -> {
                assertThat(f.blocks()).isFalse();
                assertThat(f.describe()).startsWith("public.t: could not check value(s) that do not convert to "
                        + "public.st").contains("does not exist");
            });
        }
    }

    @Test
    void sizesOfRewrittenAndIndexedTablesComeFromPgClass(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("desired.sql"),
                "CREATE TABLE t (id bigint PRIMARY KEY, v text); CREATE INDEX t_v ON t (v);");
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int PRIMARY KEY, v text);"
                + " INSERT INTO t SELECT g, 'value ' || g FROM generate_series(1, 5000) g; ANALYZE t;")) {
            Target target = new Target(db.spec(), List.of(dir), Set.of(), null);
            PlanResult plan = new PlanWorkflow(Progress.SILENT).plan(target);
            PreflightReport report = new PreflightWorkflow(Progress.SILENT).check(target, plan);
            assertThat(report.blocking()).isEmpty();
            assertThat(report.sizes()).extracting(s -> s.work().work())
                    .containsExactly("index build (t_v)", "table rewrite (id integer -> bigint)");
            assertThat(report.sizes()).allSatisfy(s -> {
                assertThat(s.estimatedRows()).isEqualTo(5000);
                assertThat(s.bytes()).isGreaterThan(100_000);
            });
        }
    }

    private static Outcome apply(Target target, List<PreflightReport> reports) {
        return new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT)
                .apply(target, ApplyPolicy.allowAll(), new ApplyWorkflow.Confirmation() {
                    @Override
                    public void show(PlanResult plan) {
                    }

                    @Override
                    public void showPreflight(PreflightReport report) {
                        reports.add(report);
                    }

                    @Override
                    public boolean confirm(PlanResult plan) {
                        return true;
                    }
                }).outcome();
    }
}
