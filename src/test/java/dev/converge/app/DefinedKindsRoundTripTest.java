package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.converge.convergence.ConvergenceScenarios;
import dev.converge.source.write.DesiredStateFormats;
import dev.converge.testing.TestDatabase;

/**
 * Collations, range types, casts, event triggers, text search objects, foreign tables (with their wrappers,
 * servers and user mappings) and publications: {@code inspect} of a database holding them, in SQL and in YAML (where they go under
 * {@code sql:}), loads and plans clean against that database.
 */
class DefinedKindsRoundTripTest {

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"collations_and_ranges", "casts_and_event_triggers", "text_search_objects",
            "foreign_tables", "publications"})
    void scenarioRoundTripsInEveryFormat(String scenario) throws Exception {
        try (TestDatabase db = TestDatabase.withSql(ConvergenceScenarios.reference(scenario))) {
            for (String format : DesiredStateFormats.names()) {
                assertThat(RoundTrip.planAfterInspect(db.spec(), out.resolve(format), format))
                        .as("plan after inspecting %s as %s", scenario, format).isEmpty();
            }
        }
    }
}
