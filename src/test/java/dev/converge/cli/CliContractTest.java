package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/** The command-line contract: exit codes, messages, and no password anywhere in what Converge prints. */
class CliContractTest {

    private static final Path SHOP = Path.of("schema-examples/shop");

    @Test
    void helpAndVersionExitZero() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("plan", "apply", "drift", "Exit codes");
        CliRun planHelp = CliRun.of("plan", "--help");
        assertThat(planHelp.exitCode()).isZero();
        assertThat(planHelp.out()).contains("--desired", "--schema", "--dev-db", "Examples");
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("converge ");
    }

    @Test
    void usageErrorsExit64() {
        assertThat(CliRun.of().exitCode()).isEqualTo(64);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(64);
        CliRun missing = CliRun.of("plan", "--db", "postgresql://u@h/d");
        assertThat(missing.exitCode()).isEqualTo(64);
        assertThat(missing.err()).contains("--desired");
    }

    @Test
    void applyWithoutTerminalNeedsAutoApprove() {
        CliRun run = CliRun.of("apply", "--db", "postgresql://u@h/d", "--desired", SHOP.resolve("v1").toString());
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("--auto-approve");
    }

    @Test
    void badUrlIsAnErrorWithoutThePassword() {
        CliRun run = CliRun.of("plan", "--db", "mysql://app:Sup3rSecret@h/d", "--desired", SHOP.resolve("v1").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("invalid database URL");
        assertThat(run.all()).doesNotContain("Sup3rSecret");
    }

    @Test
    void unreachableServerIsAnErrorWithoutThePassword() {
        CliRun run = CliRun.of("plan", "--db", "postgresql://app:Sup3rSecret@127.0.0.1:1/d",
                "--desired", SHOP.resolve("v1").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("127.0.0.1:1");
        assertThat(run.all()).doesNotContain("Sup3rSecret");
    }

    @Test
    void missingDesiredPathIsAnError() {
        try (TestDatabase db = TestDatabase.create()) {
            CliRun run = CliRun.of("plan", "--db", db.url(), "--desired", "no/such/dir");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("no/such/dir");
        }
    }

    @Test
    void brokenDesiredSqlNamesFileLineAndColumnAndChangesNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.sql"), "CREATE TABLE ok (id int);\n\nCREATE TABLE bad (id nosuchtype);\n");
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE existing (id int);")) {
            CliRun run = CliRun.of("apply", "--db", db.url(), "--desired", dir.toString(), "--auto-approve");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("a.sql:3:").contains("nosuchtype");
            CliRun drift = CliRun.of("plan", "--db", db.url(), "--desired", dir.resolve("a.sql").toString());
            assertThat(drift.exitCode()).isEqualTo(1);
        }
    }

    @Test
    void planApplyDriftOnTheShopExample() {
        try (TestDatabase db = TestDatabase.create()) {
            String v1 = SHOP.resolve("v1").toString();
            String v2 = SHOP.resolve("v2").toString();

            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", v1);
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(2);
            assertThat(plan.out()).contains("CREATE TABLE public.orders", "Plan: ");
            assertThat(plan.out()).doesNotContain("\u001b[");

            assertThat(CliRun.of("apply", "--db", db.url(), "--desired", v1, "--auto-approve").exitCode())
                    .isZero();
            assertThat(CliRun.of("plan", "--db", db.url(), "--desired", v1).exitCode()).isZero();
            assertThat(CliRun.of("drift", "--db", db.url(), "--desired", v1).exitCode()).isZero();

            CliRun refused = CliRun.of("apply", "--db", db.url(), "--desired", v2, "--auto-approve");
            assertThat(refused.exitCode()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("--allow-destructive", "fax");
            // v2 also builds indexes and validates a check on existing tables: each hazard needs its flag.
            CliRun stillRefused = CliRun.of("apply", "--db", db.url(), "--desired", v2, "--auto-approve",
                    "--allow-destructive");
            assertThat(stillRefused.exitCode()).as(stillRefused.all()).isEqualTo(3);
            assertThat(stillRefused.err()).contains("--allow-hazard index-build", "--allow-hazard validates-rows")
                    .doesNotContain("fax");
            assertThat(CliRun.of("drift", "--db", db.url(), "--desired", v1).exitCode())
                    .as("a refused apply changes nothing").isZero();

            CliRun applied = CliRun.of("apply", "--db", db.url(), "--desired", v2, "--auto-approve",
                    "--allow-destructive", "--allow-hazard", "index-build", "--allow-hazard", "validates-rows");
            assertThat(applied.exitCode()).as(applied.all()).isZero();
            assertThat(CliRun.of("plan", "--db", db.url(), "--desired", v2).exitCode()).isZero();

            db.execute("ALTER TABLE products ADD COLUMN by_hand text");
            CliRun drift = CliRun.of("drift", "--db", db.url(), "--desired", v2);
            assertThat(drift.exitCode()).isEqualTo(2);
            assertThat(drift.out()).contains("by_hand");

            assertThat(CliRun.of("apply", "--db", db.url(), "--desired", v2, "--auto-approve",
                    "--allow-destructive").exitCode()).isZero();
            assertThat(CliRun.of("drift", "--db", db.url(), "--desired", v2).exitCode()).isZero();
        }
    }

    @Test
    void objectsOutsideTheManagedSchemasAreNeverTouched() {
        try (TestDatabase db = TestDatabase.withSql("CREATE SCHEMA other; CREATE TABLE other.t (id int);")) {
            CliRun applied = CliRun.of("apply", "--db", db.url(), "--desired", SHOP.resolve("v1").toString(),
                    "--auto-approve", "--allow-destructive");
            assertThat(applied.exitCode()).as(applied.all()).isZero();
            assertThat(applied.out()).doesNotContain("other.t");
            db.execute("SELECT 1 FROM other.t");
        }
    }

    @Test
    void unqualifiedNamesResolveAsOnTheTarget(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.sql"), "CREATE TABLE t (id int PRIMARY KEY);\n");
        try (TestDatabase db = TestDatabase.withSql("CREATE SCHEMA app;")) {
            db.execute("ALTER DATABASE " + db.name() + " SET search_path = app, public");
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", dir.toString());
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(2);
            assertThat(plan.out()).contains("CREATE TABLE app.t").doesNotContain("public.t");
        }
    }
}
