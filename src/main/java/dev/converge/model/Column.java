package dev.converge.model;

import java.util.Objects;

/**
 * A table column. {@code type} is exactly what {@code format_type(atttypid, atttypmod)} prints with an empty
 * search_path (so user types are schema-qualified); {@code defaultExpression} and {@code generatedExpression} are
 * {@code pg_get_expr} output, null when absent. {@code collation} is set only when it differs from the type's
 * default collation (quoted and qualified as PostgreSQL prints it, e.g. {@code "C"} or {@code pg_catalog."C"}).
 * {@code settings} are its statistics target, storage, compression and attribute options ({@link ColumnSettings}).
 */
public record Column(
        String name,
        String type,
        boolean notNull,
        String defaultExpression,
        Identity identity,
        String generatedExpression,
        String collation,
        String comment,
        ColumnSettings settings) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(settings, "settings");
    }

    /** A column with no settings of its own ({@link ColumnSettings#NONE}). */
    public Column(String name, String type, boolean notNull, String defaultExpression, Identity identity,
                  String generatedExpression, String collation, String comment) {
        this(name, type, notNull, defaultExpression, identity, generatedExpression, collation, comment,
                ColumnSettings.NONE);
    }

    public boolean isGenerated() {
        return generatedExpression != null;
    }

    public Column withComment(String newComment) {
        return new Column(name, type, notNull, defaultExpression, identity, generatedExpression, collation,
                newComment, settings);
    }

    public Column withSettings(ColumnSettings newSettings) {
        return new Column(name, type, notNull, defaultExpression, identity, generatedExpression, collation, comment,
                newSettings);
    }
}
