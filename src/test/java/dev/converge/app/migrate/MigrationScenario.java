package dev.converge.app.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.converge.app.Progress;
import dev.converge.diff.ObjectFilter;
import dev.converge.source.DesiredFiles;
import dev.converge.source.DesiredStateLoader;
import dev.converge.source.DesiredStatements;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlStatement;
import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;
import dev.converge.testing.TestServer;

/**
 * Four versions of a desired state and the migration directory converge writes for them: the shop example v1 and
 * v2 (enum values added, a column type widened, a column dropped, a new table with a foreign key, indexes built
 * concurrently on existing tables), then a quoted schema "Billing" with a view and a partitioned table, then a
 * column renamed under that view (a rename hint) with a new index on an existing table.
 */
final class MigrationScenario {

    static final Path V1 = Path.of("schema-examples/shop/v1");
    static final Path V2 = Path.of("schema-examples/shop/v2");

    static final String BILLING = """
            CREATE SCHEMA "Billing";
            CREATE TABLE "Billing"."Invoice" (
                id bigint PRIMARY KEY,
                customer_id bigint NOT NULL,
                amount_cents bigint NOT NULL,
                note text
            );
            CREATE VIEW "Billing".big_invoices AS
                SELECT id, amount_cents FROM "Billing"."Invoice" WHERE amount_cents > 100000;
            CREATE TABLE "Billing".events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
            CREATE TABLE "Billing".events_2026 PARTITION OF "Billing".events
                FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            """;

    static final String RENAMED = """
            CREATE SCHEMA "Billing";
            CREATE TABLE "Billing"."Invoice" (
                id bigint PRIMARY KEY,
                customer_id bigint NOT NULL,
                total_cents bigint NOT NULL, -- converge:renamed-from amount_cents
                note text
            );
            CREATE INDEX invoice_customer ON "Billing"."Invoice" (customer_id);
            CREATE VIEW "Billing".big_invoices AS
                SELECT id, total_cents FROM "Billing"."Invoice" WHERE total_cents > 100000;
            CREATE TABLE "Billing".events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
            CREATE TABLE "Billing".events_2026 PARTITION OF "Billing".events
                FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            """;

    /** The four desired states, in order, each a list of paths. */
    final List<List<Path>> versions;

    private MigrationScenario(List<List<Path>> versions) {
        this.versions = versions;
    }

    static MigrationScenario in(Path work) throws IOException {
        Path billing = Files.writeString(Files.createDirectories(work.resolve("v3")).resolve("billing.sql"), BILLING);
        Path renamed = Files.writeString(Files.createDirectories(work.resolve("v4")).resolve("billing.sql"), RENAMED);
        return new MigrationScenario(List.of(List.of(V1), List.of(V2), List.of(V2, billing), List.of(V2, renamed)));
    }

    static final List<String> NAMES = List.of("init", "shop_v2", "billing", "rename_total");

    /** Writes one migration per version into {@code dir} in the given format. */
    void write(Path dir, MigrationFormat format) {
        for (int i = 0; i < versions.size(); i++) {
            MigrateDiffWorkflow.Outcome outcome = new MigrateDiffWorkflow(Progress.SILENT)
                    .diff(request(dir, format, versions.get(i)), NAMES.get(i));
            if (outcome.written().isEmpty()) {
                throw new AssertionError("no migration written for " + NAMES.get(i));
            }
        }
    }

    static MigrateRequest request(Path dir, MigrationFormat format, List<Path> desired) {
        return new MigrateRequest(new MigrationDirectory(dir), format == null ? null : format.flagName(), desired,
                Set.of(), TestServer.admin(), ObjectFilter.ALL, null);
    }

    /** pg_dump of a database built straight from a desired state, the oracle the tools' results are held to. */
    List<String> dumpOf(int version) {
        try (TestDatabase reference = TestDatabase.create(); Connection connection = reference.connect()) {
            List<SqlStatement> statements = new ArrayList<>();
            for (SourceFile file : DesiredFiles.discover(versions.get(version))) {
                statements.addAll(DesiredStatements.of(file));
            }
            new DesiredStateLoader(connection).load(statements);
            return SchemaDump.of(reference.spec());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dump of a target without the migration tool's own bookkeeping tables. */
    static List<String> dumpWithoutBookkeeping(TestDatabase target) {
        return SchemaDump.of(target.spec()).stream()
                .filter(s -> !s.contains("flyway_schema_history") && !s.contains("databasechangelog"))
                .toList();
    }
}
