package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;

/**
 * Views and materialized views. {@code query} is the SELECT as written (or as {@code pg_get_viewdef} prints it,
 * a final semicolon included); {@code columns} name the output columns and carry their comments.
 */
final class Views {

    static final List<String> VIEW_KEYS = List.of("name", "schema", "query", "columns", "options", "comment",
            "grants");
    static final List<String> MATERIALIZED_KEYS = List.of("name", "schema", "query", "columns", "storage",
            "indexes", "with_data", "comment", "grants");
    static final List<String> COLUMN_KEYS = List.of("name", "type", "collation", "default", "comment");

    private Views() {
    }

    static void view(Rendering r, Node node) {
        render(r, YamlMap.of(r.file(), node, "view", VIEW_KEYS), false);
    }

    static void materialized(Rendering r, Node node) {
        render(r, YamlMap.of(r.file(), node, "materialized view", MATERIALIZED_KEYS), true);
    }

    private static void render(Rendering r, YamlMap view, boolean materialized) {
        String name = r.qualified(view);
        List<String> columns = new ArrayList<>();
        List<YamlMap> commented = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (Node item : view.list("columns")) {
            if (item instanceof ScalarNode scalar && !YamlMap.isNull(item)) {
                columns.add(scalar.getValue());
            } else {
                YamlMap column = YamlMap.of(r.file(), item, "view column", COLUMN_KEYS);
                columns.add(column.requiredText("name"));
                commented.add(column);
                if (column.has("type")) {
                    types.add(column.requiredText("type") + (column.has("collation")
                            ? " COLLATE " + Rendering.collation(column.requiredText("collation")) : ""));
                } else if (column.has("collation")) {
                    throw r.file().error(column.keyNode("collation"), "a view column's collation goes with its type"
                            + " (both make the placeholder of a view in a cycle with a function); give it a type too,"
                            + " or leave the collation to the view's query");
                }
            }
        }
        boolean placeholder = !types.isEmpty();
        if (placeholder) {
            placeholder(r, view, name, columns, types, materialized);
        }
        SqlBuilder sql = r.statement(view.node()).append((materialized ? "CREATE MATERIALIZED VIEW "
                : placeholder ? "CREATE OR REPLACE VIEW " : "CREATE VIEW ") + name);
        if (!columns.isEmpty()) {
            sql.append(" (" + Rendering.identifiers(columns) + ")");
        }
        String parameters = materialized ? "storage" : "options";
        if (view.has(parameters)) {
            sql.at(view.value(parameters)).append(" WITH " + Rendering.parameters(view.settings(parameters)));
        }
        ScalarNode query = view.requiredScalar("query");
        sql.at(query).append(" AS\n").verbatim(query, withoutFinalSemicolon(query.getValue()));
        if (materialized && !view.bool("with_data", true)) {
            sql.at(view.keyNode("with_data")).append("\nWITH NO DATA");
        }
        r.add(sql);
        String kind = materialized ? "MATERIALIZED VIEW " : "VIEW ";
        r.comment(view, kind + name);
        for (YamlMap column : commented) {
            String target = name + "." + SqlText.identifier(column.requiredText("name"));
            r.comment(column, "COLUMN " + target);
            if (column.has("default")) {
                defaultValue(r, column, name, materialized);
            }
        }
        for (Node item : view.list("indexes")) {
            Indexes.render(r, view, item);
        }
        Grants.render(r, view, "TABLE " + name, null);
    }

    /** {@code ALTER VIEW ... ALTER COLUMN ... SET DEFAULT}: what an INSERT through the view gets for the column. */
    private static void defaultValue(Rendering r, YamlMap column, String view, boolean materialized) {
        if (materialized) {
            throw r.file().error(column.keyNode("default"), "a materialized view's column takes no default (only"
                    + " a view's do: an INSERT through the view uses it)");
        }
        ScalarNode value = column.requiredScalar("default");
        r.add(r.statement(column.node()).append("ALTER VIEW " + view + " ALTER COLUMN "
                + SqlText.identifier(column.requiredText("name")) + " SET DEFAULT ").verbatim(value, value.getValue()));
    }

    /**
     * A view whose columns have types is created first as a placeholder of those types, then replaced by its query,
     * as pg_dump does for a view in a cycle with a function (the function needs the view, the view calls it): the
     * loader creates the placeholder, the function, then the view. Every column needs its type then.
     */
    private static void placeholder(Rendering r, YamlMap view, String name, List<String> columns,
                                    List<String> types, boolean materialized) {
        if (materialized || types.size() != columns.size()) {
            throw r.file().error(view.keyNode("columns"), materialized ? "a materialized view's columns take no type (only a view's do:"
                    + " they make a placeholder created before its query)"
                    : "give every column of view " + name + " a type, or none (the types make a placeholder view"
                    + " created before its query, for a view in a cycle with a function)");
        }
        List<String> nulls = new ArrayList<>();
        types.forEach(type -> nulls.add("NULL::" + type));
        r.add(r.statement(view.node()).append("CREATE VIEW " + name + " (" + Rendering.identifiers(columns)
                + ") AS\nSELECT " + String.join(", ", nulls)));
    }

    /** pg_get_viewdef ends the query with a semicolon, which cannot stay inside a longer statement. */
    private static String withoutFinalSemicolon(String query) {
        String text = query.stripTrailing();
        return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }
}
