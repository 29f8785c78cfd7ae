package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;
import dev.converge.testing.TestServer;

/** {@code inspect --format mermaid|dot|html}: of a database and of a desired state, filtered, and the usage errors. */
class InspectDiagramTest {

    private static final String SCHEMA = """
            CREATE SCHEMA billing;
            CREATE SCHEMA audit;
            CREATE TABLE billing."Customer" (id bigint PRIMARY KEY, "e-mail" text UNIQUE NOT NULL);
            CREATE TABLE billing.invoices (id bigint, customer_id bigint REFERENCES billing."Customer",
                amount numeric(12,2) NOT NULL, issued_at timestamptz NOT NULL, PRIMARY KEY (id, issued_at))
                PARTITION BY RANGE (issued_at);
            CREATE TABLE billing.invoices_2025 PARTITION OF billing.invoices
                FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            CREATE TABLE billing.invoices_2026 PARTITION OF billing.invoices
                FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            CREATE VIEW billing.open_amounts AS SELECT c.id, sum(i.amount) AS total
                FROM billing."Customer" c JOIN billing.invoices i ON i.customer_id = c.id GROUP BY c.id;
            CREATE TABLE audit.events (at timestamptz, what text);
            """;

    @TempDir
    Path dir;

    @Test
    void drawsADatabaseInEveryFormatWithPartitionsFoldedAndViewsReadingTables() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(SCHEMA)) {
            CliRun mermaid = CliRun.of("inspect", "--db", db.url(), "--format", "mermaid");
            assertThat(mermaid.exitCode()).as(mermaid.all()).isZero();
            assertThat(mermaid.out()).startsWith("---\ntitle: Schema of ").contains("erDiagram",
                    "%% schema audit", "%% schema billing",
                    "\"billing.Customer\" {", "text e-mail UK",
                    "numeric amount \"numeric(12,2)\"",
                    "\"billing.invoices\" }o--o| \"billing.Customer\" : \"customer_id\"",
                    "\"billing.open_amounts (view)\" }o..o{ \"billing.invoices\" : \"reads\"",
                    "\"billing.open_amounts (view)\" }o..o{ \"billing.Customer\" : \"reads\"")
                    .doesNotContain("invoices_2025");
            assertThat(CliRun.of("inspect", "--db", db.url(), "--format", "mermaid").out())
                    .as("the same database gives the same text").isEqualTo(mermaid.out());

            CliRun dot = CliRun.of("inspect", "--db", db.url(), "--format", "dot", "--schema", "billing");
            assertThat(dot.exitCode()).as(dot.all()).isZero();
            assertThat(dot.out()).contains("digraph converge {", "subgraph cluster_0", "label=\"billing\"",
                    "\"billing.invoices\":c1 -> \"billing.Customer\" [label=\"customer_id\"]",
                    "+ 2 partition(s)", "style=dashed").doesNotContain("audit");

            Path html = dir.resolve("out/schema.html");
            CliRun page = CliRun.of("inspect", "--db", db.url(), "--format", "html", "--out", html.toString(),
                    "--exclude", "billing.open_*");
            assertThat(page.exitCode()).as(page.all()).isZero();
            assertThat(page.out()).contains("Wrote the html diagram to", "3 table(s), 0 view(s), 1 foreign key(s)");
            assertThat(html).content().startsWith("<!DOCTYPE html>").contains("data-table=\"billing.Customer\"",
                    "data-table=\"audit.events\"").doesNotContain("open_amounts", "<script");

            CliRun filtered = CliRun.of("inspect", "--db", db.url(), "--format", "mermaid", "--include", "events");
            assertThat(filtered.out()).contains("\"audit.events\"").doesNotContain("billing.invoices\" {");
        }
    }

    @Test
    void drawsADesiredStateAndRefusesOptionsThatWouldBeIgnored() throws Exception {
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        CliRun run = CliRun.of("inspect", "--desired", dir.resolve("schema.sql").toString(), "--dev-db",
                TestServer.admin().toString(), "--format", "mermaid", "--exclude", "audit.*");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("\"billing.invoices\" {").doesNotContain("audit.events");

        CliRun both = CliRun.of("inspect", "--db", "postgresql://x@127.0.0.1/none", "--desired", "schema.sql",
                "--format", "dot");
        assertThat(both.exitCode()).isEqualTo(64);
        assertThat(both.err()).contains("either --db (draw a database) or --desired");

        CliRun sql = CliRun.of("inspect", "--desired", "schema.sql", "--format", "sql");
        assertThat(sql.exitCode()).isEqualTo(64);
        assertThat(sql.err()).contains("--desired, --dev-db, --include and --exclude draw diagrams");

        CliRun unknown = CliRun.of("inspect", "--format", "png");
        assertThat(unknown.exitCode()).isEqualTo(64);
        assertThat(unknown.err()).contains("sql, yaml, mermaid, dot, html");
    }
}
