package dev.converge.cli;

import static dev.converge.cli.CliProcessTest.converge;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.cli.CliProcessTest.Run;
import dev.converge.testing.TestDatabase;

/**
 * The first hour of a new user (issue 14, "Good first hour"), each step run as the converge process: inspect an
 * existing database, apply what it wrote to an empty one, allow every hazard on a development database.
 */
class FirstHourProcessTest {

    /** Tables, a PL/pgSQL trigger function with its trigger, a function whose EXECUTE is revoked, a view. */
    private static final String APP = """
            CREATE SCHEMA shop;
            CREATE TABLE shop.customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL,
                updated_at timestamptz);
            CREATE TABLE shop."Order" (id bigint PRIMARY KEY, customer_id bigint REFERENCES shop.customer,
                total numeric CHECK (total >= 0));
            CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
            CREATE TRIGGER customer_touch BEFORE UPDATE ON shop.customer FOR EACH ROW EXECUTE FUNCTION shop.touch();
            CREATE FUNCTION public.order_count(c bigint) RETURNS bigint LANGUAGE plpgsql AS
                $$ BEGIN RETURN (SELECT count(*) FROM shop."Order" WHERE customer_id = c); END $$;
            REVOKE EXECUTE ON FUNCTION public.order_count(bigint) FROM PUBLIC;
            CREATE TYPE shop.mood AS ENUM ('happy', 'sad');
            REVOKE USAGE ON TYPE shop.mood FROM PUBLIC;
            CREATE VIEW shop.big_orders AS SELECT * FROM shop."Order" WHERE total > 100;
            """;

    @TempDir
    Path dir;

    @Test
    void anInspectedSchemaBootstrapsAnEmptyDatabaseWithAutoApproveAlone() throws Exception {
        try (TestDatabase source = TestDatabase.withSql(APP); TestDatabase empty = TestDatabase.create()) {
            Path schema = dir.resolve("schema");
            Run inspect = converge("inspect", "--db", source.url(), "--out", schema.toString());
            assertThat(inspect.exitCode()).as(inspect.all()).isZero();

            Run plan = converge("plan", "--db", empty.url(), "--desired", schema.toString());
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(2);
            assertThat(plan.out()).as("nothing the plan creates is a hazard").doesNotContain("hazards:");

            Run apply = converge("apply", "--db", empty.url(), "--desired", schema.toString(), "--auto-approve");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(empty.queryBoolean("SELECT NOT has_function_privilege('public', "
                    + "'public.order_count(bigint)', 'EXECUTE')")).as("the revoke was applied").isTrue();

            Run again = converge("plan", "--db", empty.url(), "--desired", schema.toString());
            assertThat(again.exitCode()).as(again.all()).isZero();
        }
    }

    @Test
    void replacingAPlpgsqlFunctionStillNamesItsHazard() throws Exception {
        String current = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;";
        try (TestDatabase db = TestDatabase.withSql(current)) {
            Path desired = Files.writeString(dir.resolve("f.sql"),
                    "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 2; END $$;\n");
            Run refused = converge("apply", "--db", db.url(), "--desired", desired.toString(), "--auto-approve");
            assertThat(refused.exitCode()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("unmanaged-dependencies");
        }
    }

    @Test
    void allowHazardAllAllowsEveryHazardOnTheCommandLineAndInTheProjectFile() throws Exception {
        String current = "CREATE TABLE kept (id int); CREATE TABLE doomed (id int); CREATE TABLE doomed_too (id int);";
        try (TestDatabase db = TestDatabase.withSql(current)) {
            Path keep = Files.writeString(dir.resolve("keep.sql"),
                    "CREATE TABLE kept (id int PRIMARY KEY); CREATE TABLE doomed_too (id int);\n");
            Run flag = converge("apply", "--db", db.url(), "--desired", keep.toString(), "--auto-approve",
                    "--allow-hazard", "all");
            assertThat(flag.exitCode()).as(flag.all()).isZero();
            assertThat(db.queryBoolean("SELECT to_regclass('public.doomed') IS NULL")).isTrue();

            Path fewer = Files.writeString(dir.resolve("fewer.sql"), "CREATE TABLE kept (id int PRIMARY KEY);\n");
            Path config = Files.writeString(dir.resolve("converge.yaml"), """
                    version: 1
                    environments:
                      dev:
                        url: %s
                        policy: {allow_hazards: [all]}
                    """.formatted(db.url()));
            Run env = converge("apply", "--config", config.toString(), "--env", "dev", "--desired",
                    fewer.toString(), "--auto-approve");
            assertThat(env.exitCode()).as(env.all()).isZero();
            assertThat(db.queryBoolean("SELECT to_regclass('public.doomed_too') IS NULL")).isTrue();

            Run unknown = converge("apply", "--db", db.url(), "--desired", keep.toString(), "--allow-hazard", "al");
            assertThat(unknown.exitCode()).isEqualTo(64);
            assertThat(unknown.err()).contains("unknown hazard 'al'", "all");
        }
    }

    @Test
    void inspectLeavesOutConvergesOwnSchemasAndRefusesAMissingSchema() throws Exception {
        String sql = "CREATE TABLE item (id int PRIMARY KEY); CREATE SCHEMA converge; "
                + "CREATE TABLE converge.history (id int); CREATE SCHEMA converge_backup; "
                + "CREATE TABLE converge_backup.item_dropped (id int);";
        try (TestDatabase db = TestDatabase.withSql(sql)) {
            Run inspect = converge("inspect", "--db", db.url());
            assertThat(inspect.exitCode()).as(inspect.all()).isZero();
            assertThat(inspect.out()).contains("CREATE TABLE public.item")
                    .doesNotContain("converge.history", "converge_backup");

            Run missing = converge("inspect", "--db", db.url(), "--schema", "nosuch");
            assertThat(missing.exitCode()).as(missing.all()).isEqualTo(1);
            assertThat(missing.err()).contains("no schema nosuch", "public");
        }
    }

    @Test
    void fileAndTlsErrorsSayWhatIsWrongWithoutJavaClassNames() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE item (id int PRIMARY KEY);")) {
            Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
            Run intoFile = converge("inspect", "--db", db.url(), "--out", file.toString());
            assertThat(intoFile.exitCode()).as(intoFile.all()).isEqualTo(1);
            assertThat(intoFile.err()).contains("a-file", "not a directory").doesNotContain("java.", "Exception");

            Run under = converge("inspect", "--db", db.url(), "--out", file.resolve("sub").toString());
            assertThat(under.exitCode()).as(under.all()).isEqualTo(1);
            assertThat(under.err()).contains("not a directory").doesNotContain("java.", "Exception");

            Path desired = Files.writeString(dir.resolve("d.sql"), "CREATE TABLE item (id int PRIMARY KEY);\n");
            Run report = converge("plan", "--db", db.url(), "--desired", desired.toString(), "--out",
                    file.resolve("plan.json").toString());
            assertThat(report.exitCode()).as(report.all()).isEqualTo(1);
            assertThat(report.err()).contains("plan.json").doesNotContain("java.", "Exception");

            // the test server runs without TLS (ssl = off)
            Run tls = converge("plan", "--db", db.url() + "?sslmode=require", "--desired", desired.toString());
            assertThat(tls.exitCode()).as(tls.all()).isEqualTo(1);
            assertThat(tls.err()).contains("does not accept TLS").doesNotContain("is the server running");
        }
    }

    @Test
    void everyCommandThatReadsADatabaseTakesEnvAndConfig() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE item (id int PRIMARY KEY);")) {
            Path schema = Files.createDirectories(dir.resolve("schema"));
            Files.writeString(schema.resolve("item.sql"), "CREATE TABLE item (id int PRIMARY KEY, name text);\n");
            Path config = Files.writeString(dir.resolve("converge.yaml"), """
                    version: 1
                    desired: [schema/]
                    environments:
                      dev:
                        url: %s
                    """.formatted(db.url()));
            String[] env = {"--config", config.toString(), "--env", "dev"};

            Run inspect = converge(concat(new String[] {"inspect"}, env));
            assertThat(inspect.exitCode()).as(inspect.all()).isZero();
            assertThat(inspect.out()).contains("CREATE TABLE public.item");

            Run diff = converge(concat(new String[] {"diff"}, env));
            assertThat(diff.exitCode()).as(diff.all()).isEqualTo(2);
            assertThat(diff.out()).contains("ADD COLUMN name");

            Run history = converge(concat(new String[] {"history"}, env));
            assertThat(history.exitCode()).as(history.all()).isZero();
            assertThat(history.out()).contains("No apply runs recorded on " + db.url());

            Run backups = converge(concat(new String[] {"backups"}, env));
            assertThat(backups.exitCode()).as(backups.all()).isZero();
            assertThat(backups.out()).contains("No backups on " + db.url());

            Run typoEnv = converge("inspect", "--config", config.toString(), "--env", "dve");
            assertThat(typoEnv.exitCode()).as(typoEnv.all()).isEqualTo(64);
            assertThat(typoEnv.err()).contains("did you mean \"dev\"");
        }
    }

    @Test
    void aMisspeltProjectFileKeyGetsDidYouMean() throws Exception {
        Path config = Files.writeString(dir.resolve("converge.yaml"), """
                version: 1
                enviroments:
                  dev:
                    url: postgresql://localhost/app
                """);
        Run run = converge("plan", "--config", config.toString(), "--env", "dev", "--desired", dir.toString());
        assertThat(run.exitCode()).as(run.all()).isNotZero();
        assertThat(run.err()).contains("converge.yaml:2", "did you mean \"environments\"");

        Path hazard = Files.writeString(dir.resolve("hazard.yaml"), """
                version: 1
                environments:
                  dev:
                    url: postgresql://localhost/app
                    policy: {allow_hazards: [index-buld]}
                """);
        Run typo = converge("plan", "--config", hazard.toString(), "--env", "dev", "--desired", dir.toString());
        assertThat(typo.err()).contains("did you mean \"index-build\"");
    }

    @Test
    void theFirstFileOfTheYamlFormatDocLoadsAsWritten() throws Exception {
        String doc = Files.readString(Path.of("docs/yaml-format.md"));
        String section = doc.substring(doc.indexOf("## A first file"));
        int start = section.indexOf("```yaml\n") + 8;
        String example = section.substring(start, section.indexOf("```", start));
        Path file = Files.writeString(dir.resolve("first.yaml"), example);
        try (TestDatabase db = TestDatabase.create()) {
            Run plan = converge("plan", "--db", db.url(), "--desired", file.toString());
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(2);
            assertThat(plan.out()).contains("CREATE TABLE app.orders", "CREATE TABLE app.customers");
        }
    }

    @Test
    void completionHelpGivesAWorkingZshLine() throws Exception {
        Run help = converge("completion", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("source <(converge completion zsh)").doesNotContain("fpath[1]}/_converge\"");
        Run script = converge("completion", "zsh");
        assertThat(script.out()).as("the script sets up zsh's bash compatibility itself").contains("bashcompinit");
    }

    @Test
    void benchRunWithoutTheSharedGeneratorSaysWhatIsMissing() throws Exception {
        Process process = new ProcessBuilder("python3", "bench/run", "--generator", dir.resolve("nope.py").toString(),
                "--jar", dir.resolve("converge.jar").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isEqualTo(2);
        assertThat(output).contains("schema generator is missing", "nope.py", "the jar is missing")
                .doesNotContain("Traceback");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
