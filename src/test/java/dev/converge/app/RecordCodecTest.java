package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.sql.Connection;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.convergence.ConvergenceScenarios;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.testing.TestDatabase;

/**
 * The desired-state cache stores catalogs through {@link RecordCodec}, which refuses what it cannot hold; a refusal
 * is silent by design (the run loads through the dev database instead), so a model part it cannot hold would turn
 * the cache off without anyone noticing (an index's statistics targets, a SortedMap, did). Each catalog here, read
 * from a scenario holding many kinds and settings, must come back equal.
 */
class RecordCodecTest {

    static Stream<String> scenarios() {
        return Stream.of("settings_columns", "settings_cluster_index", "collations_and_ranges", "foreign_tables",
                "text_search_objects", "inheritance_changes", "aggregates", "operators_and_classes",
                "view_triggers_and_rules", "partitioned_index_on_only", "statistics_objects",
                "privileges_of_new_routines_and_types");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aCatalogOfEveryKindRoundTrips(String scenario) throws Exception {
        try (TestDatabase db = TestDatabase.withSql(ConvergenceScenarios.reference(scenario));
             Connection connection = db.connect()) {
            CatalogInspector inspector = new CatalogInspector(connection);
            Catalog catalog = inspector.inspect(inspector.schemasInUse());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                new RecordCodec.Writer(out).write(catalog);
            }
            Object read = new RecordCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))
                    .read();
            assertThat(read).isEqualTo(catalog);
        }
    }
}
