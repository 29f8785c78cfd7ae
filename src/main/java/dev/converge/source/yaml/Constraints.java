package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;

/**
 * Table constraints. Each constraint node says what it is with exactly one of {@code primary_key},
 * {@code unique}, {@code check}, {@code foreign_key}, {@code exclude}, or {@code definition} (the text
 * {@code pg_get_constraintdef} prints, which is what a writer from the model emits). Foreign keys are added after
 * all tables exist ({@code ALTER TABLE ... ADD}), so tables that reference each other load in any order.
 */
final class Constraints {

    static final List<String> KEYS = List.of("name", "comment", "renamed_from", "primary_key", "unique", "check",
            "foreign_key", "exclude", "definition", "references", "on_delete", "on_update", "match", "deferrable",
            "initially_deferred", "not_valid", "using", "where");
    static final List<String> REFERENCE_KEYS = List.of("table", "schema", "columns");
    static final List<String> COLUMN_REFERENCE_KEYS = List.of("table", "schema", "column", "on_delete", "on_update",
            "match", "deferrable", "initially_deferred");
    static final List<String> EXCLUDE_KEYS = List.of("column", "expression", "operator", "opclass");
    static final List<String> ACTIONS = List.of("no_action", "restrict", "cascade", "set_null", "set_default");
    static final List<String> MATCHES = List.of("simple", "full");
    private static final String[] KINDS = {"primary_key", "unique", "check", "foreign_key", "exclude", "definition"};

    private Constraints() {
    }

    /** Whether the constraint is written inside CREATE TABLE (everything but foreign keys and NOT VALID). */
    static boolean inline(YamlMap constraint) {
        String kind = constraint.exactlyOne(true, KINDS);
        if (kind.equals("definition")) {
            // CREATE TABLE would take a NOT VALID constraint as valid: it is added afterwards, like foreign keys.
            String definition = constraint.requiredText("definition").strip().toUpperCase(Locale.ROOT);
            return !definition.startsWith("FOREIGN") && !definition.endsWith("NOT VALID");
        }
        return !kind.equals("foreign_key") && !constraint.bool("not_valid", false);
    }

    /** Writes {@code [CONSTRAINT name] ...} into CREATE TABLE; returns the element's rename hint. */
    static String renderInline(Rendering r, SqlBuilder sql, YamlMap constraint) {
        body(r, sql, constraint);
        return Rendering.renameHint(constraint);
    }

    static void renderLate(Rendering r, String table, YamlMap constraint) {
        if (constraint.has("renamed_from")) {
            throw r.file().error(constraint.keyNode("renamed_from"), "renamed_from is supported on primary key,"
                    + " unique, check and exclusion constraints, not on foreign keys or NOT VALID constraints");
        }
        SqlBuilder sql = r.statement(constraint.node()).append("ALTER TABLE " + table + " ADD ");
        body(r, sql, constraint);
        r.addLate(sql);
        comment(r, table, constraint);
    }

    /** Comments of constraints written inside CREATE TABLE. */
    static void comment(Rendering r, String table, YamlMap constraint) {
        if (constraint.has("comment") && !constraint.has("name")) {
            throw r.file().error(constraint.keyNode("comment"), "a constraint with a comment needs a \"name\"");
        }
        if (constraint.has("name")) {
            r.comment(constraint, "CONSTRAINT " + SqlText.identifier(constraint.requiredText("name")) + " ON " + table);
        }
    }

    private static void body(Rendering r, SqlBuilder sql, YamlMap c) {
        sql.at(c.node());
        if (c.has("name")) {
            sql.append("CONSTRAINT " + SqlText.identifier(c.requiredText("name")) + " ");
        }
        String kind = c.exactlyOne(true, KINDS);
        only(c, kind);
        switch (kind) {
            case "definition" -> sql.verbatim(c.requiredScalar("definition"));
            case "primary_key" -> sql.at(c.value(kind)).append("PRIMARY KEY (" + columns(c, kind) + ")");
            case "unique" -> sql.at(c.value(kind)).append("UNIQUE (" + columns(c, kind) + ")");
            case "check" -> sql.at(c.value(kind)).append("CHECK (").verbatim(c.requiredScalar(kind)).append(")");
            case "foreign_key" -> {
                sql.at(c.value(kind)).append("FOREIGN KEY (" + columns(c, kind) + ") ");
                references(r, sql, c, c.value("references"));
                actions(sql, c);
            }
            default -> exclude(sql, c);
        }
        if (!kind.equals("definition") && !kind.equals("foreign_key")) {
            deferrable(sql, c);
        }
        if (c.bool("not_valid", false)) {
            sql.append(" NOT VALID");
        }
    }

    /** Options that belong to other kinds are errors rather than silently ignored. */
    private static void only(YamlMap c, String kind) {
        List<String> allowed = new ArrayList<>(List.of("name", "comment", "renamed_from", kind));
        switch (kind) {
            case "foreign_key" -> allowed.addAll(List.of("references", "on_delete", "on_update", "match",
                    "deferrable", "initially_deferred", "not_valid"));
            case "check" -> allowed.add("not_valid");
            case "exclude" -> allowed.addAll(List.of("using", "where", "deferrable", "initially_deferred"));
            case "primary_key", "unique" -> allowed.addAll(List.of("deferrable", "initially_deferred"));
            default -> { }
        }
        for (String key : KEYS) {
            if (c.has(key) && !allowed.contains(key)) {
                throw c.file().error(c.keyNode(key), "constraint option \"" + key + "\" does not apply to "
                        + kind.replace('_', ' ') + " constraints");
            }
        }
    }

    private static String columns(YamlMap c, String key) {
        List<String> names = c.texts(key);
        if (names.isEmpty()) {
            throw c.file().error(c.keyNode(key), "constraint option \"" + key + "\" needs at least one column");
        }
        return Rendering.identifiers(names);
    }

    private static void references(Rendering r, SqlBuilder sql, YamlMap c, Node references) {
        if (references == null) {
            throw c.file().error(c.node(), "foreign key needs \"references\" (a table, or table and columns)");
        }
        sql.at(references).append("REFERENCES " + r.reference(references, "references", "table", REFERENCE_KEYS));
        if (!(references instanceof ScalarNode)) {
            YamlMap target = YamlMap.of(c.file(), references, "references", REFERENCE_KEYS);
            if (target.has("columns")) {
                sql.append(" (" + Rendering.identifiers(target.texts("columns")) + ")");
            }
        }
    }

    /** The foreign key of a column's {@code references:} shorthand, added after the tables. */
    static void columnForeignKey(Rendering r, String table, String column, Node references) {
        SqlBuilder sql = r.statement(references).append("ALTER TABLE " + table + " ADD FOREIGN KEY (")
                .identifier(column).append(") REFERENCES ");
        if (references instanceof ScalarNode scalar) {
            sql.append(r.reference(scalar, "references", "table", COLUMN_REFERENCE_KEYS));
        } else {
            YamlMap target = YamlMap.of(r.file(), references, "references", COLUMN_REFERENCE_KEYS);
            sql.append(r.reference(references, "references", "table", COLUMN_REFERENCE_KEYS));
            if (target.has("column")) {
                sql.append(" (").identifier(target.requiredText("column")).append(")");
            }
            actions(sql, target);
        }
        r.addLate(sql);
    }

    private static void actions(SqlBuilder sql, YamlMap c) {
        String match = c.choice("match", MATCHES);
        if (match != null) {
            sql.append(" MATCH " + match.toUpperCase(Locale.ROOT));
        }
        String onUpdate = c.choice("on_update", ACTIONS);
        if (onUpdate != null) {
            sql.append(" ON UPDATE " + onUpdate.replace('_', ' ').toUpperCase(Locale.ROOT));
        }
        String onDelete = c.choice("on_delete", ACTIONS);
        if (onDelete != null) {
            sql.append(" ON DELETE " + onDelete.replace('_', ' ').toUpperCase(Locale.ROOT));
        }
        deferrable(sql, c);
    }

    private static void deferrable(SqlBuilder sql, YamlMap c) {
        boolean initiallyDeferred = c.bool("initially_deferred", false);
        if (c.bool("deferrable", false) || initiallyDeferred) {
            sql.append(" DEFERRABLE");
        }
        if (initiallyDeferred) {
            sql.append(" INITIALLY DEFERRED");
        }
    }

    private static void exclude(SqlBuilder sql, YamlMap c) {
        sql.at(c.value("exclude")).append("EXCLUDE");
        String method = c.text("using");
        if (method != null) {
            sql.append(" USING " + SqlText.identifier(method));
        }
        sql.append(" (");
        List<Node> elements = c.list("exclude");
        if (elements.isEmpty()) {
            throw c.file().error(c.keyNode("exclude"), "constraint option \"exclude\" needs at least one element");
        }
        for (int i = 0; i < elements.size(); i++) {
            YamlMap element = YamlMap.of(c.file(), elements.get(i), "exclusion element", EXCLUDE_KEYS);
            sql.append(i == 0 ? "" : ", ");
            Indexes.keyPart(sql, element);
            sql.at(element.node()).append(" WITH " + element.requiredText("operator"));
        }
        sql.append(")");
        ScalarNode where = c.scalar("where");
        if (where != null) {
            sql.at(where).append(" WHERE (").verbatim(where).append(")");
        }
    }
}
