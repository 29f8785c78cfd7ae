package dev.converge.lint;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of object a naming convention (converge.yaml {@code lint.naming}) can be set for. */
public enum NamingKind {
    SCHEMA, TABLE, COLUMN, VIEW, MATERIALIZED_VIEW, INDEX, PRIMARY_KEY, FOREIGN_KEY, UNIQUE, CHECK, EXCLUSION,
    SEQUENCE, ENUM, DOMAIN, TYPE, FUNCTION, PROCEDURE, TRIGGER, POLICY;

    /** The key in converge.yaml: {@code table}, {@code primary_key}, {@code materialized_view}... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NamingKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(NamingKind::key).toList();
    }

    /** Whether a pattern for this kind may use {@code {table}}: the kinds that belong to a table. */
    public boolean belongsToTable() {
        return switch (this) {
            case COLUMN, INDEX, PRIMARY_KEY, FOREIGN_KEY, UNIQUE, CHECK, EXCLUSION, TRIGGER, POLICY -> true;
            default -> false;
        };
    }
}
