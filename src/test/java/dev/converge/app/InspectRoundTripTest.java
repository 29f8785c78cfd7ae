package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.apply.ApplyListener;
import dev.converge.convergence.ConvergenceScenarios;
import dev.converge.source.write.DesiredStateFile;
import dev.converge.source.write.DesiredStateFormats;
import dev.converge.testing.TestDatabase;

/** {@code inspect} writes a desired state that {@code plan} finds identical to the inspected database. */
class InspectRoundTripTest {

    @TempDir
    Path out;

    @Test
    void shopExampleRoundTripsAndIsSplitPerSchemaAndKind() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Target shop = new Target(db.spec(), List.of(Path.of("schema-examples/shop/v2")), Set.of(), null);
            new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT)
                    .apply(shop, new ApplyPolicy(true), ApplyConfirmations.YES);

            assertThat(RoundTrip.planAfterInspect(db.spec(), out)).isEmpty();
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted())
                        .contains("public/tables.sql", "public/types.sql", "public/sequences.sql");
            }
            assertThat(Files.readString(out.resolve("public/tables.sql")))
                    .contains("CREATE TABLE public.orders (").doesNotContain("CREATE SCHEMA public");
        }
    }

    @Test
    void outputIsStableAndOrderedFromSchemasToComments() {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA billing;
                CREATE TYPE billing.state AS ENUM ('open', 'paid');
                CREATE TABLE billing.invoice (id int PRIMARY KEY, state billing.state NOT NULL);
                CREATE VIEW billing.open_invoices AS SELECT id FROM billing.invoice WHERE state = 'open';
                COMMENT ON TABLE billing.invoice IS 'one per order';
                """)) {
            var format = DesiredStateFormats.named("sql").orElseThrow();
            List<DesiredStateFile> first = new InspectWorkflow(Progress.SILENT).inspect(db.spec(), Set.of(), format)
                    .files();
            List<DesiredStateFile> second = new InspectWorkflow(Progress.SILENT).inspect(db.spec(), Set.of(), format)
                    .files();
            assertThat(first).isEqualTo(second);
            assertThat(first).extracting(DesiredStateFile::path).containsExactly("schemas.sql", "billing/types.sql",
                    "billing/tables.sql", "billing/views.sql", "billing/comments.sql");
            assertThat(first.get(0).content()).contains("CREATE SCHEMA billing;")
                    .doesNotContain("password");
        }
    }

    /** Broad scenarios: between them every object kind Converge manages, and revoked default privileges. */
    static Stream<String> scenarios() {
        return Stream.of("create_from_empty", "grants_schema_sequence", "grants_tables_columns", "default_privileges",
                "rls_policies", "triggers_basic", "views_on_views", "matview_with_index", "function_overloads",
                "domains_basic", "composite_types", "extensions", "quoted_identifiers", "storage_parameters",
                "partitions_managed", "partition_key_changed",
                // kinds managed by definition (B) and table inheritance
                "inheritance_changes", "inheritance_adopt", "view_triggers_and_rules", "aggregates",
                "operators_and_classes");
    }

    /** A convergence scenario's desired end state, built directly, survives inspect then plan, in both formats. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void convergenceScenarioRoundTrips(String scenario) throws Exception {
        try (TestDatabase db = TestDatabase.withSql(ConvergenceScenarios.reference(scenario))) {
            for (String format : DesiredStateFormats.names()) {
                assertThat(RoundTrip.planAfterInspect(db.spec(), out.resolve(format), format))
                        .as("plan after inspecting %s as %s", scenario, format).isEmpty();
            }
        }
    }

    @Test
    void shopExampleRoundTripsAsYamlSplitPerSchemaAndKind() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Target shop = new Target(db.spec(), List.of(Path.of("schema-examples/shop/v2")), Set.of(), null);
            new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT)
                    .apply(shop, new ApplyPolicy(true), ApplyConfirmations.YES);

            assertThat(RoundTrip.planAfterInspect(db.spec(), out, "yaml")).isEmpty();
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted())
                        .contains("public/tables.yaml", "public/types.yaml", "public/sequences.yaml")
                        .allMatch(name -> name.endsWith(".yaml"));
            }
            assertThat(Files.readString(out.resolve("public/tables.yaml")))
                    .contains("schema: public", "- name: orders").doesNotContain("enums:");
        }
    }

    @Test
    void yamlOutputIsStableAndInTheOrderOfTheSqlFormat() {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA billing;
                CREATE TYPE billing.state AS ENUM ('open', 'paid');
                CREATE TABLE billing.invoice (id int PRIMARY KEY, state billing.state NOT NULL);
                CREATE VIEW billing.open_invoices AS SELECT id FROM billing.invoice WHERE state = 'open';
                CREATE FUNCTION billing.total() RETURNS int LANGUAGE sql AS 'SELECT 1';
                """)) {
            var format = DesiredStateFormats.named("yaml").orElseThrow();
            List<DesiredStateFile> first = new InspectWorkflow(Progress.SILENT).inspect(db.spec(), Set.of(), format)
                    .files();
            List<DesiredStateFile> second = new InspectWorkflow(Progress.SILENT).inspect(db.spec(), Set.of(), format)
                    .files();
            assertThat(first).isEqualTo(second);
            assertThat(first).extracting(DesiredStateFile::path).containsExactly("schemas.yaml",
                    "billing/types.yaml", "billing/tables.yaml", "billing/views.yaml", "billing/functions.yaml");
        }
    }

    /**
     * PUBLIC's default USAGE on types and EXECUTE on routines is what a fresh database gives: inspect does not
     * spell it out, and a revoked default is written as a revoke, so both round-trip.
     */
    @Test
    void defaultPrivilegesOfTypesAndRoutinesAreImpliedAndTheirRevokeIsWritten() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA app;
                CREATE TYPE app.kept_enum AS ENUM ('a');
                CREATE TYPE app.revoked_enum AS ENUM ('a');
                CREATE TYPE app.kept_pair AS (x int, y int);
                CREATE TYPE app.revoked_pair AS (x int, y int);
                CREATE DOMAIN app.kept_positive AS int CHECK (VALUE > 0);
                CREATE DOMAIN app.revoked_positive AS int CHECK (VALUE > 0);
                CREATE FUNCTION app.kept_fn() RETURNS int LANGUAGE sql AS 'SELECT 1';
                CREATE FUNCTION app.revoked_fn() RETURNS int LANGUAGE sql AS 'SELECT 1';
                CREATE PROCEDURE app.kept_proc() LANGUAGE sql AS 'SELECT 1';
                CREATE PROCEDURE app.revoked_proc() LANGUAGE sql AS 'SELECT 1';
                REVOKE USAGE ON TYPE app.revoked_enum FROM PUBLIC;
                REVOKE USAGE ON TYPE app.revoked_pair FROM PUBLIC;
                REVOKE USAGE ON DOMAIN app.revoked_positive FROM PUBLIC;
                REVOKE EXECUTE ON FUNCTION app.revoked_fn() FROM PUBLIC;
                REVOKE EXECUTE ON PROCEDURE app.revoked_proc() FROM PUBLIC;
                """)) {
            for (String format : DesiredStateFormats.names()) {
                assertThat(RoundTrip.planAfterInspect(db.spec(), out.resolve(format), format))
                        .as("plan after inspecting as %s", format).isEmpty();
            }
            String sql;
            try (Stream<Path> files = Files.walk(out.resolve("sql"))) {
                sql = files.filter(Files::isRegularFile).sorted().map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).reduce("", String::concat);
            }
            assertThat(sql).doesNotContainIgnoringCase("GRANT ")
                    .doesNotContain("kept_enum FROM", "kept_pair FROM", "kept_positive FROM", "kept_fn() FROM",
                            "kept_proc() FROM")
                    .contains("revoked_enum FROM PUBLIC", "revoked_pair FROM PUBLIC", "revoked_positive FROM PUBLIC",
                            "revoked_fn() FROM PUBLIC", "revoked_proc() FROM PUBLIC");
        }
    }
}
