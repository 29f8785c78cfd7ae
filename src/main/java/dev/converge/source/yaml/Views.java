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
    static final List<String> COLUMN_KEYS = List.of("name", "comment");

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
        SqlBuilder sql = r.statement(view.node())
                .append((materialized ? "CREATE MATERIALIZED VIEW " : "CREATE VIEW ") + name);
        List<String> columns = new ArrayList<>();
        List<YamlMap> commented = new ArrayList<>();
        for (Node item : view.list("columns")) {
            if (item instanceof ScalarNode scalar && !YamlMap.isNull(item)) {
                columns.add(scalar.getValue());
            } else {
                YamlMap column = YamlMap.of(r.file(), item, "view column", COLUMN_KEYS);
                columns.add(column.requiredText("name"));
                commented.add(column);
            }
        }
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
            r.comment(column, "COLUMN " + name + "." + SqlText.identifier(column.requiredText("name")));
        }
        for (Node item : view.list("indexes")) {
            Indexes.render(r, view, item);
        }
        Grants.render(r, view, "TABLE " + name, null);
    }

    /** pg_get_viewdef ends the query with a semicolon, which cannot stay inside a longer statement. */
    private static String withoutFinalSemicolon(String query) {
        String text = query.stripTrailing();
        return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }
}
