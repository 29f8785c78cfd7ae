package dev.converge.source.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.converge.error.ConfigException;
import dev.converge.lint.LintRules;
import dev.converge.lint.LintSettings;
import dev.converge.lint.NamingKind;
import dev.converge.lint.Severity;

/** The lint: section of converge.yaml: severities, naming patterns, thresholds, and mistakes named by line. */
class LintConfigTest {

    private static ProjectConfig parse(String yaml) {
        return ProjectConfigReader.parse(Path.of("converge.yaml"), yaml);
    }

    @Test
    void readsSeveritiesNamingAndThresholds() {
        LintSettings lint = parse("""
                lint:
                  rules:
                    prefer-text: off
                    redundant-index: error
                  naming:
                    index: "{table}_[a-z_]+_idx"
                  large_table_rows: 5_000_000
                """).lint();
        assertThat(lint.severity(LintRules.byId("prefer-text").orElseThrow())).isEqualTo(Severity.OFF);
        assertThat(lint.severity(LintRules.byId("redundant-index").orElseThrow())).isEqualTo(Severity.ERROR);
        assertThat(lint.severity(LintRules.byId("breaking-drop").orElseThrow())).isEqualTo(Severity.ERROR);
        assertThat(lint.naming(NamingKind.INDEX, "orders").matcher("orders_total_idx").matches()).isTrue();
        assertThat(lint.naming(NamingKind.INDEX, "orders").matcher("items_total_idx").matches()).isFalse();
        assertThat(lint.largeTableRows()).isEqualTo(5_000_000);
        assertThat(parse("version: 1\n").lint()).isEqualTo(LintSettings.DEFAULTS);
    }

    @Test
    void namesTheLineOfEveryMistake() {
        assertThatThrownBy(() -> parse("lint:\n  rules:\n    prefer-text: maybe\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("converge.yaml:3: lint.rules.prefer-text: expected error, warning or off");
        assertThatThrownBy(() -> parse("lint:\n  naming:\n    tables: x\n"))
                .hasMessageContaining("converge.yaml:3: lint.naming.tables: unknown kind; known: schema, table");
        assertThatThrownBy(() -> parse("lint:\n  naming:\n    table: \"[a-z\"\n"))
                .hasMessageContaining("lint.naming.table: not a regular expression");
        assertThatThrownBy(() -> parse("lint:\n  naming:\n    table: \"{table}_x\"\n"))
                .hasMessageContaining("a table belongs to no table");
        assertThatThrownBy(() -> parse("lint:\n  large_table_rows: 0\n"))
                .hasMessageContaining("lint.large_table_rows: expected a whole number of at least 1");
        assertThatThrownBy(() -> parse("lint:\n  rule: {}\n"))
                .hasMessageContaining("converge.yaml:2: lint.rule: unknown key");
    }
}
