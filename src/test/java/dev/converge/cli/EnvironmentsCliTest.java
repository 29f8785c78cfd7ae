package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.source.config.ProjectConfigReader;
import dev.converge.testing.TestDatabase;

/**
 * converge.yaml on real databases: environments with several targets, the summary table and the worst exit code,
 * stop-after-failure and --keep-going, policies, include/exclude, schema-per-tenant, flags over the file.
 */
class EnvironmentsCliTest {

    private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";

    @TempDir
    Path dir;

    private Path project(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/users.sql"), USERS);
        return Files.writeString(dir.resolve("converge.yaml"), yaml);
    }

    private static String row(String out, String target) {
        return out.lines().filter(l -> l.startsWith(target + " ")).findFirst().orElse("(no row for " + target + ")");
    }

    @Test
    void planApplyDriftOnThreeDatabasesWithOneSummary() throws Exception {
        try (TestDatabase a = TestDatabase.create();
             TestDatabase b = TestDatabase.withSql(USERS);
             TestDatabase c = TestDatabase.create()) {
            Path config = project("""
                    desired: schema
                    environments:
                      fleet:
                        targets:
                          - {name: alpha, url: "%s"}
                          - {name: bravo, url: "%s"}
                          - {name: charlie, url: "%s"}
                        parallel: 2
                    """.formatted(a.url(), b.url(), c.url()));
            CliRun plan = CliRun.of("plan", "--config", config.toString(), "--env", "fleet");
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(2);
            assertThat(plan.out()).contains("== alpha", "== bravo", "== charlie", "-- summary: 3 targets",
                    "target   changes  outcome     time");
            assertThat(row(plan.out(), "alpha")).matches("alpha\\s+1\\s+changes\\s+\\d+\\.\\ds");
            assertThat(row(plan.out(), "bravo")).matches("bravo\\s+0\\s+no changes\\s+\\d+\\.\\ds");
            assertThat(plan.out()).doesNotContain("DROP");

            CliRun apply = CliRun.of("apply", "--config", config.toString(), "--env", "fleet", "--auto-approve");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(row(apply.out(), "charlie")).contains("applied");
            assertThat(c.queryBoolean("SELECT to_regclass('public.users') IS NOT NULL")).isTrue();

            CliRun drift = CliRun.of("drift", "--config", config.toString(), "--env", "fleet", "--parallel", "3");
            assertThat(drift.exitCode()).as(drift.all()).isZero();
            assertThat(drift.out().lines().filter(l -> l.contains("no changes")).count()).isEqualTo(3);

            a.execute("ALTER TABLE users ADD COLUMN note text");
            CliRun drifted = CliRun.of("drift", "--config", config.toString(), "--env", "fleet");
            assertThat(drifted.exitCode()).isEqualTo(2);
            assertThat(row(drifted.out(), "alpha")).contains("drift");
        }
    }

    @Test
    void aFailureStopsNewTargetsUnlessKeepGoing() throws Exception {
        try (TestDatabase a = TestDatabase.create(); TestDatabase c = TestDatabase.create()) {
            Path config = project("""
                    desired: schema
                    environments:
                      fleet:
                        targets:
                          - {name: alpha, url: "%s"}
                          - {name: broken, url: "postgresql://app:Sup3rSecret@127.0.0.1:1/nowhere"}
                          - {name: charlie, url: "%s"}
                        parallel: 1
                    """.formatted(a.url(), c.url()));
            CliRun stopped = CliRun.of("plan", "--config", config.toString(), "--env", "fleet");
            assertThat(stopped.exitCode()).as(stopped.all()).isEqualTo(1);
            assertThat(row(stopped.out(), "alpha")).contains("changes");
            assertThat(row(stopped.out(), "broken")).matches("broken\\s+-\\s+failed.*");
            assertThat(row(stopped.out(), "charlie")).matches("charlie\\s+-\\s+skipped.*");
            assertThat(stopped.err()).contains("converge: broken: error: connecting to", "127.0.0.1:1");
            assertThat(stopped.all()).doesNotContain("Sup3rSecret");

            CliRun kept = CliRun.of("plan", "--config", config.toString(), "--env", "fleet", "--keep-going");
            assertThat(kept.exitCode()).isEqualTo(1);
            assertThat(row(kept.out(), "charlie")).contains("changes");
        }
    }

    @Test
    void theEnvironmentPolicyRefusesAndFlagsOverrideIt() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(USERS.replace("text NOT NULL", "text")
                + "CREATE TABLE old (id int);")) {
            Path config = project("""
                    desired: schema
                    environments:
                      loose:
                        url: "%1$s"
                        policy: {allow_destructive: true, allow_hazards: [validates-rows]}
                      strict:
                        url: "%1$s"
                        policy: {require_approved_plan: true}
                      hazards:
                        url: "%1$s"
                        policy: {allow_hazards: [index-build]}
                    """.formatted(db.url()));
            CliRun strict = CliRun.of("apply", "--config", config.toString(), "--env", "strict", "--auto-approve",
                    "--allow-destructive");
            assertThat(strict.exitCode()).as(strict.all()).isEqualTo(3);
            assertThat(strict.err()).contains("requires an approved plan file");
            CliRun limited = CliRun.of("apply", "--config", config.toString(), "--env", "hazards", "--auto-approve",
                    "--allow-destructive");
            assertThat(limited.exitCode()).as(limited.all()).isEqualTo(3);
            assertThat(limited.err()).containsPattern("carr(y|ies) hazards that were not allowed").contains(
                    "public.users.email: set not null", "validates-rows (--allow-hazard validates-rows)");
            CliRun overridden = CliRun.of("apply", "--config", config.toString(), "--env", "loose", "--auto-approve",
                    "--no-allow-destructive");
            assertThat(overridden.exitCode()).as(overridden.all()).isEqualTo(3);
            assertThat(db.queryBoolean("SELECT to_regclass('public.old') IS NOT NULL")).isTrue();

            CliRun loose = CliRun.of("apply", "--config", config.toString(), "--env", "loose", "--auto-approve");
            assertThat(loose.exitCode()).as(loose.all()).isZero();
            assertThat(db.queryBoolean("SELECT to_regclass('public.old') IS NULL")).isTrue();
        }
    }

    @Test
    void excludedObjectsAreLeftAlone() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY);
                CREATE TABLE legacy_orders (id int);
                CREATE VIEW legacy_view AS SELECT id FROM legacy_orders;
                CREATE TABLE stale (id int);
                CREATE TYPE legacy_span AS RANGE (subtype = int);
                CREATE TYPE other_span AS RANGE (subtype = int);
                """)) {
            Path config = project("""
                    desired: schema
                    schemas: [public]
                    exclude: [flyway_schema_history, "public.legacy_*"]
                    """);
            CliRun plan = CliRun.of("plan", "--config", config.toString(), "--db", db.url());
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(2);
            assertThat(plan.out()).contains("CREATE TABLE public.users", "DROP TABLE public.stale")
                    .doesNotContain("flyway_schema_history", "legacy_");
            // Of the two range types, only the included one is dropped; the excluded one is left alone.
            assertThat(plan.out()).contains("DROP TYPE public.other_span").doesNotContain("legacy_span");
            CliRun apply = CliRun.of("apply", "--config", config.toString(), "--db", db.url(), "--auto-approve",
                    "--allow-destructive");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(db.queryBoolean("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL "
                    + "AND to_regclass('public.legacy_view') IS NOT NULL AND to_regclass('public.stale') IS NULL"))
                    .isTrue();
        }
    }

    @Test
    void everyTenantSchemaIsATarget() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b; CREATE SCHEMA other;
                CREATE TABLE tenant_b.users (id bigint PRIMARY KEY, email text NOT NULL);
                """)) {
            Path config = project("""
                    desired: schema
                    environments:
                      tenants: {url: "%s", schemas: "tenant_*"}
                    """.formatted(db.url()));
            CliRun apply = CliRun.of("apply", "--config", config.toString(), "--env", "tenants", "--auto-approve");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(row(apply.out(), "tenant_a")).contains("applied");
            assertThat(row(apply.out(), "tenant_b")).contains("no changes");
            assertThat(db.queryBoolean("SELECT to_regclass('tenant_a.users') IS NOT NULL "
                    + "AND to_regclass('other.users') IS NULL AND to_regclass('public.users') IS NULL")).isTrue();
        }
    }

    @Test
    void configMistakesAreReportedWithLineAndKey() throws Exception {
        Path config = project("desired: schema\nenvironments:\n  staging:\n    url_env: STAGING\n    paralel: 2\n");
        CliRun bad = CliRun.of("plan", "--config", config.toString(), "--env", "staging");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains(config + ":5: environments.staging.paralel: unknown key");
        Files.writeString(config, "desired: schema\nenvironments:\n  staging: {url: 'postgresql://u@h/d'}\n");
        CliRun unknown = CliRun.of("plan", "--config", config.toString(), "--env", "prod");
        assertThat(unknown.exitCode()).isEqualTo(64);
        assertThat(unknown.err()).contains("no environment 'prod'", "defined: staging");
        CliRun missing = CliRun.of("plan", "--config", dir.resolve("nope.yaml").toString(), "--db", "postgresql://u@h/d");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.yaml: no such file");
        CliRun multiApply = CliRun.of("apply", "--config", config.toString(), "--env", "staging", "--parallel", "0");
        assertThat(multiApply.exitCode()).isEqualTo(64);
    }

    @Test
    void initWritesAStarterAndNeverOverwrites() throws Exception {
        Path file = dir.resolve("sub/converge.yaml");
        CliRun init = CliRun.of("init", file.toString());
        assertThat(init.exitCode()).as(init.all()).isZero();
        assertThat(init.out()).contains("Wrote " + file);
        String written = Files.readString(file);
        assertThat(ProjectConfigReader.read(file).environments()).containsKeys("dev", "staging", "production");
        Files.writeString(file, written + "# mine\n");
        CliRun again = CliRun.of("init", file.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists; nothing was written");
        assertThat(Files.readString(file)).endsWith("# mine\n");
    }

    @Test
    void completionScriptsCoverCommandsAndOptions() {
        for (String shell : List.of("bash", "zsh")) {
            CliRun run = CliRun.of("completion", shell);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F", "_picocli_converge",
                    "plan", "apply", "drift", "init", "--env", "--keep-going", "--allow-destructive", "bashcompinit");
        }
        assertThat(CliRun.of("completion", "fish").exitCode()).isEqualTo(64);
    }

    @Test
    void theCompletionScriptIsValidBash() throws Exception {
        Path script = Files.writeString(dir.resolve("converge.bash"), CliRun.of("completion", "bash").out());
        Process check = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
    }

    /** The URL of url_env comes from the real process environment: run the CLI as a process. */
    @Test
    void urlEnvIsReadFromTheProcessEnvironment() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(USERS)) {
            Path config = project("""
                    desired: schema
                    environments:
                      staging: {url_env: CONVERGE_TEST_STAGING_URL}
                    """);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), "dev.converge.cli.Main",
                    "drift", "--env", "staging"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
            builder.environment().put("CONVERGE_TEST_STAGING_URL", db.url());
            Process process = builder.start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String out = Files.readString(dir.resolve("out.txt"));
            assertThat(process.exitValue()).as(out + Files.readString(dir.resolve("err.txt"))).isZero();
            assertThat(out).contains("No drift: " + db.spec());

            builder.environment().remove("CONVERGE_TEST_STAGING_URL");
            Process unset = builder.start();
            assertThat(unset.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(unset.exitValue()).as("an unset url_env is a usage error").isEqualTo(64);
            assertThat(Files.readString(dir.resolve("err.txt")))
                    .contains("converge.yaml:3: environments.staging.url_env: environment variable "
                            + "CONVERGE_TEST_STAGING_URL is not set");
        }
    }
}
