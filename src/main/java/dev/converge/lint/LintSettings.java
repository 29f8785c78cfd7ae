package dev.converge.lint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The project's choices for {@code converge lint} (converge.yaml {@code lint:}): a severity per rule id (rules not
 * named keep their default), a naming convention per kind (a regular expression the whole name must match;
 * {@code {table}} stands for the table's name in the patterns of a table's members), and what makes a table large
 * (its estimated rows or its size on disk, whichever is reached first).
 */
public record LintSettings(Map<String, Severity> severities, Map<NamingKind, String> naming, long largeTableRows,
                           long largeTableBytes) {

    public static final long DEFAULT_LARGE_TABLE_ROWS = 1_000_000;
    public static final long DEFAULT_LARGE_TABLE_BYTES = 1024L * 1024 * 1024;
    public static final LintSettings DEFAULTS = new LintSettings(Map.of(), Map.of(), DEFAULT_LARGE_TABLE_ROWS,
            DEFAULT_LARGE_TABLE_BYTES);

    public LintSettings {
        severities = Collections.unmodifiableMap(new TreeMap<>(severities));
        EnumMap<NamingKind, String> copy = new EnumMap<>(NamingKind.class);
        copy.putAll(naming);
        naming = Collections.unmodifiableMap(copy);
        for (Map.Entry<NamingKind, String> entry : naming.entrySet()) {
            Objects.requireNonNull(compile(entry.getValue(), "t"), "pattern");
        }
    }

    /** The severity the project gives {@code rule}: its setting, else the rule's default. */
    public Severity severity(LintRule rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    /**
     * The naming pattern for names of {@code kind} of table {@code table} (null for objects outside a table), with
     * {@code {table}} replaced by the quoted table name.
     * @throws PatternSyntaxException if the configured text is not a regular expression (checked when read)
     */
    public Pattern naming(NamingKind kind, String table) {
        String text = naming.get(kind);
        return text == null ? null : compile(text, table == null ? "" : table);
    }

    /** Whether {@code rows} estimated rows or {@code bytes} on disk make a table large. */
    public boolean large(TableStats stats) {
        return stats.estimatedRows() >= largeTableRows || stats.bytes() >= largeTableBytes;
    }

    public static Pattern compile(String text, String table) {
        return Pattern.compile(text.replace("{table}", Pattern.quote(table)));
    }
}
