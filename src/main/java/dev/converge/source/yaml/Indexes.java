package dev.converge.source.yaml;

import java.util.List;
import java.util.Locale;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;

/**
 * Indexes of a table or materialized view. A key is a column name, or a mapping with a {@code column} or an
 * {@code expression} and its collation, operator class, order and nulls placement. {@code definition} takes the
 * whole {@code CREATE INDEX} statement as {@code pg_get_indexdef} prints it instead.
 */
final class Indexes {

    static final List<String> KEYS = List.of("name", "comment", "renamed_from", "unique", "using", "columns",
            "include", "where", "storage", "nulls_not_distinct", "definition", "statistics");
    static final List<String> KEY_KEYS = List.of("column", "expression", "collation", "opclass", "order", "nulls");

    private Indexes() {
    }

    static void render(Rendering r, YamlMap owner, Node node) {
        YamlMap index = YamlMap.of(r.file(), node, "index", KEYS);
        String table = r.qualified(owner);
        String schema = r.schemaOf(owner);
        SqlBuilder sql = r.statement(node);
        if (index.has("definition")) {
            for (String key : KEYS) {
                if (index.has(key)
                        && !List.of("name", "comment", "renamed_from", "definition", "statistics").contains(key)) {
                    throw r.file().error(index.keyNode(key), "index option \"" + key
                            + "\" cannot be used with \"definition\" (the definition says it all)");
                }
            }
            sql.verbatim(index.requiredScalar("definition"));
        } else {
            create(sql, index, table);
        }
        sql.append(Rendering.renameHint(index));
        r.add(sql);
        Settings.index(r, schema, index);
        if (index.has("comment")) {
            if (!index.has("name")) {
                throw r.file().error(index.keyNode("comment"), "an index with a comment needs a \"name\"");
            }
            r.comment(index, "INDEX " + Rendering.qualified(schema, index.requiredText("name")));
        }
    }

    private static void create(SqlBuilder sql, YamlMap index, String table) {
        sql.append(index.bool("unique", false) ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
        if (index.has("name")) {
            sql.identifier(index.requiredText("name")).append(" ");
        }
        sql.append("ON " + table);
        String method = index.text("using");
        if (method != null) {
            sql.append(" USING " + SqlText.identifier(method.toLowerCase(Locale.ROOT)));
        }
        sql.append(" (");
        List<Node> keys = index.list("columns");
        if (keys.isEmpty()) {
            throw index.file().error(index.node(), "index needs \"columns\" (names, or expressions)");
        }
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ");
            Node key = keys.get(i);
            if (key instanceof ScalarNode scalar && !YamlMap.isNull(key)) {
                sql.at(key).identifier(scalar.getValue());
            } else {
                YamlMap part = YamlMap.of(index.file(), key, "index key", KEY_KEYS);
                keyPart(sql, part);
                String order = part.choice("order", List.of("asc", "desc"));
                if (order != null) {
                    sql.append(" " + order.toUpperCase(Locale.ROOT));
                }
                String nulls = part.choice("nulls", List.of("first", "last"));
                if (nulls != null) {
                    sql.append(" NULLS " + nulls.toUpperCase(Locale.ROOT));
                }
            }
        }
        sql.at(index.node()).append(")");
        if (index.has("include")) {
            sql.append(" INCLUDE (" + Rendering.identifiers(index.texts("include")) + ")");
        }
        if (index.bool("nulls_not_distinct", false)) {
            sql.append(" NULLS NOT DISTINCT");
        }
        if (index.has("storage")) {
            sql.append(" WITH " + Rendering.parameters(index.settings("storage")));
        }
        ScalarNode where = index.scalar("where");
        if (where != null) {
            sql.at(where).append(" WHERE (").verbatim(where).append(")");
        }
    }

    /** A column or a parenthesised expression, with its collation and operator class. */
    static void keyPart(SqlBuilder sql, YamlMap part) {
        String kind = part.exactlyOne(true, "column", "expression");
        sql.at(part.node());
        if (kind.equals("column")) {
            sql.identifier(part.requiredText("column"));
        } else {
            sql.append("(").verbatim(part.requiredScalar("expression")).append(")");
        }
        ScalarNode collation = part.scalar("collation");
        if (collation != null) {
            sql.at(collation).append(" COLLATE " + Rendering.collation(collation.getValue()));
        }
        ScalarNode opclass = part.scalar("opclass");
        if (opclass != null) {
            sql.at(opclass).append(" ").verbatim(opclass);
        }
    }
}
