package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.converge.testing.TestDatabase;
import dev.converge.testing.TestServer;

/** {@code converge lint}: exit codes, suppressions, converge.yaml settings and the report formats. */
class LintCommandTest {

    private static final String SCHEMA = """
            CREATE SCHEMA shop;
            CREATE TABLE shop.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text);
            CREATE TABLE shop.orders (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id bigint REFERENCES shop.customers, -- converge:nolint foreign-key-without-index
                code varchar(8),
                placed_at timestamp
            );
            CREATE TABLE shop.audit (at timestamptz, line text); -- converge:nolint table-without-primary-key
            """;

    @TempDir
    Path dir;

    private CliRun lint(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "lint";
        args[1] = "--desired";
        args[2] = dir.resolve("schema").toString();
        args[3] = "--dev-db=" + TestServer.admin();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliRun.of(args);
    }

    @Test
    void warningsExitZeroAndSuppressionsAreListed() throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/shop.sql"), SCHEMA);
        CliRun run = lint("--config", dir.resolve("missing.yaml").toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains("missing.yaml").contains("no such file");

        CliRun text = lint();
        assertThat(text.exitCode()).as(text.all()).isZero();
        assertThat(text.out()).contains("shop.sql:6:1: warning prefer-text: column shop.orders.code is "
                        + "character varying(8)",
                "shop.sql:7:1: warning timestamp-without-time-zone",
                "suppressed by converge:nolint (2):",
                "shop.sql:5: foreign-key-without-index: foreign key orders_customer_id_fkey",
                "shop.sql:9: table-without-primary-key: table shop.audit has no primary key",
                "0 error(s), 2 warning(s), 2 suppressed");
    }

    @Test
    void errorsExitTwoAndProjectSettingsApply() throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/shop.sql"), SCHEMA.replace(" -- converge:nolint table-without-"
                + "primary-key", " -- converge:nolint table-without-primary-ky"));
        Files.writeString(dir.resolve("converge.yaml"), """
                lint:
                  rules:
                    prefer-text: off
                    timestamp-without-time-zone: error
                  naming:
                    index: "{table}_.+_idx"
                """);
        CliRun run = lint("--config", dir.resolve("converge.yaml").toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.out()).contains("error timestamp-without-time-zone", "error table-without-primary-key",
                        "converge:nolint names no lint rule 'table-without-primary-ky'")
                .doesNotContain("prefer-text:");

        Files.writeString(dir.resolve("converge.yaml"), """
                lint:
                  rules:
                    prefer-txt: off
                """);
        CliRun bad = lint("--config", dir.resolve("converge.yaml").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("converge.yaml:3: lint.rules.prefer-txt: unknown lint rule; known: ");
    }

    @Test
    void writesJsonSarifJunitAndMarkdown() throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/shop.sql"), SCHEMA);
        Path json = dir.resolve("lint.json");
        Path sarif = dir.resolve("lint.sarif");
        Path junit = dir.resolve("lint.xml");
        CliRun run = lint("--out", json.toString(), "--out", sarif.toString(), "--out", junit.toString(),
                "--format", "json", "--format", "sarif", "--format", "junit", "--format", "markdown");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).startsWith("### Converge lint: `").contains("| :warning: | `prefer-text` |",
                "<details><summary>Suppressed by <code>converge:nolint</code> (2)</summary>");

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("command").asText()).isEqualTo("lint");
        assertThat(report.path("summary").path("warnings").asInt()).isEqualTo(2);
        assertThat(report.path("findings").get(0).path("location").path("line").asInt()).isPositive();
        assertThat(report.path("suppressed").get(0).path("suppressedAt").path("file").asText()).endsWith("shop.sql");

        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0).path("locations").get(0).path("physicalLocation").path("region")
                .path("startLine").asInt()).isPositive();
        assertThat(results.findValues("suppressions")).hasSize(2);

        assertThat(junit).content().contains("<skipped message=\"suppressed by converge:nolint at ",
                "classname=\"converge.lint.table-without-primary-key\"");

        CliRun sql = lint("--format", "sql");
        assertThat(sql.exitCode()).isEqualTo(64);
        assertThat(sql.err()).contains("lint writes text, json, markdown, junit or sarif, not sql");
    }

    @Test
    void findingsInYamlPointAtTheNodeThatWritesTheTable() throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/app.yaml"), """
                tables:
                  - name: keyed
                    columns:
                      - {name: id, type: bigint, primary_key: true}
                  - name: events
                    columns:
                      - {name: at, type: timestamp}
                """);
        CliRun run = lint();
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.out()).containsPattern("app\\.yaml:5:\\d+: error table-without-primary-key: table "
                + "public.events has no primary key").containsPattern("app\\.yaml:5:\\d+: warning "
                + "timestamp-without-time-zone");
    }

    @Test
    void withATargetTheBreakingChangesOfThePlanFailIt() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE TABLE items (id bigint PRIMARY KEY, legacy text);
                """)) {
            Files.createDirectories(dir.resolve("schema"));
            Files.writeString(dir.resolve("schema/items.sql"), "CREATE TABLE items (id bigint PRIMARY KEY);");
            CliRun run = CliRun.of("lint", "--db", db.url(), "--desired", dir.resolve("schema").toString());
            assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
            assertThat(run.out()).contains("error breaking-drop: the plan drops column public.items.legacy "
                    + "(contract phase)", "The plan against the target was checked too.");

            CliRun expand = CliRun.of("lint", "--db", db.url(), "--desired", dir.resolve("schema").toString(),
                    "--phase", "expand");
            assertThat(expand.exitCode()).as(expand.all()).isZero();
            assertThat(expand.out()).contains("no findings");
        }
    }
}
