package dev.converge.source.config;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

import dev.converge.lint.LintRules;
import dev.converge.lint.LintSettings;
import dev.converge.lint.NamingKind;
import dev.converge.lint.Severity;

/**
 * The {@code lint:} section of converge.yaml: {@code rules} (rule id to error, warning or off), {@code naming}
 * (kind to regular expression) and the thresholds of a large table. Unknown rule ids and kinds and patterns that
 * do not compile are reported with file and line, like every other mistake in the file.
 */
final class LintConfigReader {

    private static final Set<String> KEYS = Set.of("rules", "naming", "large_table_rows", "large_table_bytes");

    private LintConfigReader() {
    }

    static LintSettings read(ConfigNode node) {
        if (node == null || node.isNull()) {
            return LintSettings.DEFAULTS;
        }
        Map<String, ConfigNode> keys = node.mapping(KEYS);
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (keys.containsKey("rules")) {
            keys.get("rules").mapping(null).forEach((id, value) -> {
                if (LintRules.byId(id).isEmpty()) {
                    throw value.location().error("unknown lint rule; known: " + String.join(", ", LintRules.ids()));
                }
                severities.put(id, Severity.fromLabel(value.string()).orElseThrow(() -> value.location()
                        .error("expected error, warning or off, found '" + value.string() + "'")));
            });
        }
        Map<NamingKind, String> naming = new EnumMap<>(NamingKind.class);
        if (keys.containsKey("naming")) {
            keys.get("naming").mapping(null).forEach((kind, value) -> {
                NamingKind namingKind = NamingKind.fromKey(kind).orElseThrow(() -> value.location()
                        .error("unknown kind; known: " + String.join(", ", NamingKind.keys())));
                String pattern = value.string();
                if (pattern.contains("{table}") && !namingKind.belongsToTable()) {
                    throw value.location().error("{table} stands for the table's name, and a " + kind
                            + " belongs to no table");
                }
                try {
                    LintSettings.compile(pattern, "t");
                } catch (PatternSyntaxException e) {
                    throw value.location().error("not a regular expression: " + e.getDescription());
                }
                naming.put(namingKind, pattern);
            });
        }
        long rows = keys.containsKey("large_table_rows") ? positiveLong(keys.get("large_table_rows"))
                : LintSettings.DEFAULT_LARGE_TABLE_ROWS;
        long bytes = keys.containsKey("large_table_bytes") ? positiveLong(keys.get("large_table_bytes"))
                : LintSettings.DEFAULT_LARGE_TABLE_BYTES;
        return new LintSettings(severities, naming, rows, bytes);
    }

    private static long positiveLong(ConfigNode node) {
        String text = node.string().replace("_", "");
        try {
            long value = Long.parseLong(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw node.location().error("expected a whole number of at least 1, found '" + node.string() + "'");
    }
}
