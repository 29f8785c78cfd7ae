package dev.converge.model;

import java.util.List;
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

    /**
     * The default of a new partition's column that must not take its parent's: {@code CREATE TABLE ... PARTITION OF}
     * copies the parent's defaults, so the plan drops this one after creating the partition. Never read from a
     * catalog (PostgreSQL prints a stored NULL default with its cast).
     */
    public static final String PARENT_DEFAULT_DROPPED = "NULL";

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

    /**
     * The sequence a serial-style default takes its values from ({@code nextval('public.t_id_seq'::regclass)} as
     * pg_get_expr prints it), or null when the default is anything else.
     */
    public QualifiedName nextvalSequence() {
        if (defaultExpression == null || !defaultExpression.startsWith("nextval('")
                || !defaultExpression.endsWith("'::regclass)")) {
            return null;
        }
        List<SqlTokens.Token> tokens = SqlTokens.of(defaultExpression);
        for (SqlTokens.Token token : tokens) {
            if (token.kind() == SqlTokens.Kind.STRING) {
                List<String> parts = SqlTokens.nameParts(token.stringValue());
                return parts.size() == 2 ? QualifiedName.of(parts.get(0), parts.get(1)) : null;
            }
        }
        return null;
    }

    public boolean isGenerated() {
        return generatedExpression != null;
    }

    public Column withComment(String newComment) {
        return new Column(name, type, notNull, defaultExpression, identity, generatedExpression, collation,
                newComment, settings);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, notNull, newDefault, identity, generatedExpression, collation, comment,
                settings);
    }

    public Column withNotNull(boolean newNotNull) {
        return new Column(name, type, newNotNull, defaultExpression, identity, generatedExpression, collation, comment,
                settings);
    }

    public Column withSettings(ColumnSettings newSettings) {
        return new Column(name, type, notNull, defaultExpression, identity, generatedExpression, collation, comment,
                newSettings);
    }
}
