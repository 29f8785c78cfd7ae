package dev.converge.cli;

import static dev.converge.cli.CliProcessTest.converge;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.cli.CliProcessTest.Run;
import dev.converge.testing.TestDatabase;

/**
 * Issue 14, "never destroy by accident", run as a user would, one converge process per command: a desired state
 * that is empty by mistake, a database URL that is empty or misspelt, the target named wherever a change is shown
 * or made, and the text plan redirected to a file running as a script.
 */
class GuardRailsCliTest {

    private static final String TABLE = "CREATE TABLE public.customer (id int PRIMARY KEY, name text);\n";

    @TempDir
    Path dir;

    @Test
    void anEmptyDesiredStateIsAnErrorNamingWhatWasSearchedUnlessAllowed() throws Exception {
        Path emptyFolder = Files.createDirectories(dir.resolve("empty"));
        Path otherFiles = Files.createDirectories(dir.resolve("docs-only"));
        Files.writeString(otherFiles.resolve("README.md"), "# schema\n");
        Path commentsOnly = Files.writeString(dir.resolve("comments.sql"), "-- the tables come later\n/* none */\n");
        Path missing = dir.resolve("no-such-folder");
        try (TestDatabase db = TestDatabase.withSql(TABLE + "INSERT INTO customer VALUES (1, 'a');")) {
            Map<Path, String> said = Map.of(emptyFolder, "it is empty", otherFiles, "1 other file",
                    commentsOnly, "comments only", missing, "no such file or directory");
            for (var entry : said.entrySet()) {
                Run plan = converge("plan", "--db", db.url(), "--desired", entry.getKey().toString(),
                        "--dev-db", "target");
                assertThat(plan.exitCode()).as(plan.all()).isEqualTo(1);
                assertThat(plan.err()).as("plan --desired %s", entry.getKey())
                        .contains(entry.getKey().toString(), entry.getValue());
            }
            Run apply = converge("apply", "--db", db.url(), "--desired", emptyFolder.toString(), "--auto-approve",
                    "--allow-destructive", "--dev-db", "target");
            assertThat(apply.exitCode()).as(apply.all()).isEqualTo(1);
            assertThat(apply.err()).contains("holds no statement", emptyFolder.toString(),
                    "--allow-empty-desired-state");
            Run drift = converge("drift", "--db", db.url(), "--desired", otherFiles.toString(), "--dev-db", "target");
            assertThat(drift.exitCode()).as(drift.all()).isEqualTo(1);
            assertThat(drift.err()).contains("holds no statement", "1 other file");
            assertThat(db.queryBoolean("SELECT count(*) = 1 FROM public.customer")).as("nothing dropped").isTrue();

            Run emptied = converge("apply", "--db", db.url(), "--desired", emptyFolder.toString(), "--auto-approve",
                    "--allow-destructive", "--allow-empty-desired-state", "--dev-db", "target", "--no-rehearse");
            assertThat(emptied.exitCode()).as(emptied.all()).isZero();
            assertThat(db.queryBoolean("SELECT to_regclass('public.customer') IS NULL")).isTrue();
        }
    }

    /** The README's commands must work on the repository as it is: every --desired path holds statements. */
    @Test
    void theReadmeDesiredPathsHoldADesiredState() throws Exception {
        Matcher desired = Pattern.compile("bin/converge [^\\n]*--desired (\\S+)").matcher(
                Files.readString(Path.of("README.md")));
        int found = 0;
        while (desired.find()) {
            found++;
            Path path = Path.of(desired.group(1).replaceFirst("^git:[^:]*:", ""));
            assertThat(path).as("README: --desired %s", desired.group(1)).exists();
            try (var files = Files.walk(path)) {
                assertThat(files.filter(f -> f.toString().endsWith(".sql")).count())
                        .as("SQL files in %s", path).isPositive();
            }
        }
        assertThat(found).isPositive();
    }

    @Test
    void anEmptyOrMisspeltDatabaseIsRefused() throws Exception {
        String desired = "schema-examples/shop/v1";
        Run empty = converge("plan", "--db", "", "--desired", desired);
        assertThat(empty.exitCode()).as(empty.all()).isEqualTo(64);
        assertThat(empty.err()).contains("--db is empty");
        Run equals = converge("apply", "--db=", "--desired", desired, "--auto-approve");
        assertThat(equals.exitCode()).as(equals.all()).isEqualTo(64);
        assertThat(equals.err()).contains("--db is empty");

        Path config = Files.writeString(dir.resolve("converge.yaml"), """
                desired: [%s]
                environments:
                  ci:
                    url_env: CI_DATABASE_URL
                """.formatted(Path.of(desired).toAbsolutePath()));
        try (CliProcess process = CliProcess.start(false, Map.of("CI_DATABASE_URL", ""), "drift",
                "--config", config.toString(), "--env", "ci")) {
            Run unset = process.finish(Duration.ofMinutes(1));
            assertThat(unset.exitCode()).as(unset.all()).isEqualTo(64);
            assertThat(unset.err()).contains("CI_DATABASE_URL is empty");
        }

        try (TestDatabase db = TestDatabase.create()) {
            Run unknown = converge("plan", "--db", db.url() + "?sslmdoe=require", "--desired", desired);
            assertThat(unknown.exitCode()).as(unknown.all()).isEqualTo(1);
            assertThat(unknown.err()).contains("unknown parameter \"sslmdoe\"", "known: sslmode, sslrootcert");
        }
    }

    @Test
    void theTargetIsNamedWithoutItsPasswordAndTheSummaryGivesTheTime() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Path desired = Files.writeString(dir.resolve("schema.sql"), TABLE);
            String withPassword = db.url().replaceFirst("://([^:@]+)(:[^@]*)?@", "://$1:sekret@");
            String target = "postgresql://" + db.spec().user() + "@" + db.spec().host() + ":" + db.spec().port()
                    + "/" + db.name();
            Run apply = converge("apply", "--db", withPassword, "--desired", desired.toString(), "--auto-approve",
                    "--dev-db", "target", "--no-rehearse");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(apply.all()).doesNotContain("sekret");
            assertThat(apply.out()).startsWith("-- converge apply to " + target + "\n")
                    .contains("BEGIN; -- 1 statement in one transaction")
                    .containsPattern("\nApplied 1 statement to " + Pattern.quote(target) + " in [0-9.m]+s\\.\n$");
            Run again = converge("apply", "--db", withPassword, "--desired", desired.toString(), "--auto-approve",
                    "--dev-db", "target");
            assertThat(again.out()).containsPattern("No changes: " + Pattern.quote(target)
                    + " already matches the desired state \\([0-9.m]+s\\)\\.");
        }
    }

    /** The text plan is a script: its summary is a comment, so {@code plan > f.sql; psql -f f.sql} converges. */
    @Test
    void theTextPlanRedirectedToAFileRunsInPsql() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(TABLE)) {
            Path desired = Files.writeString(dir.resolve("schema.sql"), TABLE
                    + "CREATE TABLE public.invoice (id int PRIMARY KEY, customer int REFERENCES public.customer);\n"
                    + "CREATE INDEX invoice_customer ON public.invoice (customer);\n");
            Run plan = converge("plan", "--db", db.url(), "--desired", desired.toString(), "--dev-db", "target");
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(2);
            assertThat(plan.out()).contains("\n-- Plan: 3 to create, 0 to change, 0 to drop.\n");
            Path script = Files.writeString(dir.resolve("plan.sql"), plan.out());
            Process psql = new ProcessBuilder("psql", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-q", "-f",
                    script.toString(), db.url()).redirectErrorStream(true).start();
            String psqlOutput = new String(psql.getInputStream().readAllBytes());
            assertThat(psql.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(psql.exitValue()).as(psqlOutput).isZero();
            Run after = converge("plan", "--db", db.url(), "--desired", desired.toString(), "--dev-db", "target");
            assertThat(after.exitCode()).as(after.all()).isZero();
            assertThat(after.out()).endsWith("-- No changes: the database matches the desired state.\n");
        }
    }

    @Test
    void countsAreSingularOrPlural() {
        assertThat(List.of(dev.converge.model.Plural.of(1, "statement"), dev.converge.model.Plural.of(2, "table"),
                dev.converge.model.Plural.of(0, "row"))).containsExactly("1 statement", "2 tables", "0 rows");
    }
}
