package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parts of the SARIF 2.1.0 schema that a log must satisfy and that code scanning reads: version, runs with a
 * tool driver name, results with a message text, a rule id the driver declares, a valid level, and locations
 * with an artifact URI and a 1-based start line.
 */
final class SarifStructure {

    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    private SarifStructure() {
    }

    static void assertValid(JsonNode sarif) {
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("$schema").asText()).contains("sarif-2.1.0");
        assertThat(sarif.path("runs").isArray()).isTrue();
        assertThat(sarif.path("runs")).isNotEmpty();
        for (JsonNode run : sarif.path("runs")) {
            JsonNode driver = run.path("tool").path("driver");
            assertThat(driver.path("name").isTextual()).as("runs[].tool.driver.name").isTrue();
            Set<String> rules = new HashSet<>();
            for (JsonNode rule : driver.path("rules")) {
                assertThat(rule.path("id").isTextual()).isTrue();
                rules.add(rule.path("id").asText());
            }
            assertThat(run.path("results").isArray()).isTrue();
            for (JsonNode result : run.path("results")) {
                assertThat(result.path("message").path("text").isTextual()).as("results[].message.text").isTrue();
                assertThat(rules).contains(result.path("ruleId").asText());
                JsonNode rule = driver.path("rules").get(result.path("ruleIndex").asInt());
                assertThat(rule.path("id").asText()).as("ruleIndex").isEqualTo(result.path("ruleId").asText());
                assertThat(LEVELS).contains(result.path("level").asText());
                for (JsonNode location : result.path("locations")) {
                    JsonNode physical = location.path("physicalLocation");
                    assertThat(physical.path("artifactLocation").path("uri").isTextual()).isTrue();
                    assertThat(physical.path("region").path("startLine").asInt()).isPositive();
                }
            }
        }
    }
}
