package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;

/**
 * Functions and procedures. The body is a {@code body} (quoted with dollar quotes Converge chooses, so it can
 * be written as is) or a SQL-standard {@code sql_body} ({@code RETURN ...} or {@code BEGIN ATOMIC ... END});
 * {@code definition} takes the whole statement as {@code pg_get_functiondef} prints it instead, and then
 * {@code arguments} (the argument types) is used only to name the function in its comment and grants.
 */
final class Routines {

    static final List<String> FUNCTION_KEYS = List.of("name", "schema", "arguments", "returns", "language", "body",
            "sql_body", "volatility", "strict", "security", "parallel", "leakproof", "cost", "rows", "set",
            "comment", "grants", "definition");
    static final List<String> PROCEDURE_KEYS = List.of("name", "schema", "arguments", "language", "body",
            "sql_body", "security", "set", "comment", "grants", "definition");
    static final List<String> ARGUMENT_KEYS = List.of("name", "type", "mode", "default");
    static final List<String> MODES = List.of("in", "out", "inout", "variadic");
    static final List<String> VOLATILITIES = List.of("immutable", "stable", "volatile");
    static final List<String> SECURITIES = List.of("invoker", "definer");
    static final List<String> PARALLELS = List.of("safe", "restricted", "unsafe");

    private Routines() {
    }

    static void function(Rendering r, Node node) {
        render(r, YamlMap.of(r.file(), node, "function", FUNCTION_KEYS), false);
    }

    static void procedure(Rendering r, Node node) {
        render(r, YamlMap.of(r.file(), node, "procedure", PROCEDURE_KEYS), true);
    }

    private static void render(Rendering r, YamlMap routine, boolean procedure) {
        String name = r.qualified(routine);
        String kind = procedure ? "PROCEDURE " : "FUNCTION ";
        SqlBuilder sql = r.statement(routine.node());
        String signature;
        if (routine.has("definition")) {
            for (String key : routine.kind().equals("function") ? FUNCTION_KEYS : PROCEDURE_KEYS) {
                if (routine.has(key) && !List.of("name", "schema", "arguments", "comment", "grants", "definition")
                        .contains(key)) {
                    throw r.file().error(routine.keyNode(key), routine.kind() + " option \"" + key
                            + "\" cannot be used with \"definition\" (the definition says it all)");
                }
            }
            sql.verbatim(routine.requiredScalar("definition"));
            String arguments = routine.text("arguments");
            signature = "(" + (arguments == null ? "" : arguments) + ")";
        } else {
            signature = arguments(r, routine, false);
            sql.append("CREATE " + kind + name + arguments(r, routine, true));
            if (!procedure) {
                sql.at(routine.value("returns")).append(" RETURNS ").verbatim(routine.requiredScalar("returns"));
            }
            attributes(sql.at(routine.node()), routine, procedure);
            body(r, sql, routine);
        }
        r.add(sql);
        r.comment(routine, kind + name + signature);
        Grants.render(r, routine, kind + name + signature, null);
    }

    /**
     * The argument list: written as SQL text, or as a list of mappings. With {@code full} false, only what
     * identifies the function (modes and types) for COMMENT and GRANT.
     */
    private static String arguments(Rendering r, YamlMap routine, boolean full) {
        Node value = routine.value("arguments");
        if (value == null) {
            return "()";
        }
        if (value instanceof ScalarNode scalar) {
            return "(" + scalar.getValue() + ")";
        }
        List<String> parts = new ArrayList<>();
        for (Node item : routine.list("arguments")) {
            YamlMap argument = YamlMap.of(r.file(), item, "argument", ARGUMENT_KEYS);
            StringBuilder part = new StringBuilder();
            String mode = argument.choice("mode", MODES);
            if (mode != null) {
                part.append(mode.toUpperCase(Locale.ROOT)).append(' ');
            }
            if (argument.has("name")) {
                part.append(SqlText.identifier(argument.requiredText("name"))).append(' ');
            }
            part.append(argument.requiredText("type"));
            if (full && argument.has("default")) {
                part.append(" DEFAULT ").append(argument.requiredText("default"));
            }
            parts.add(part.toString());
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static void attributes(SqlBuilder sql, YamlMap routine, boolean procedure) {
        String language = routine.text("language");
        if (language != null) {
            sql.append(" LANGUAGE " + SqlText.identifier(language.toLowerCase(Locale.ROOT)));
        }
        if (!procedure) {
            String volatility = routine.choice("volatility", VOLATILITIES);
            if (volatility != null) {
                sql.append(" " + volatility.toUpperCase(Locale.ROOT));
            }
            if (routine.bool("strict", false)) {
                sql.append(" STRICT");
            }
            if (routine.bool("leakproof", false)) {
                sql.append(" LEAKPROOF");
            }
            String parallel = routine.choice("parallel", PARALLELS);
            if (parallel != null) {
                sql.append(" PARALLEL " + parallel.toUpperCase(Locale.ROOT));
            }
            Long cost = routine.integer("cost");
            if (cost != null) {
                sql.append(" COST " + cost);
            }
            Long rows = routine.integer("rows");
            if (rows != null) {
                sql.append(" ROWS " + rows);
            }
        }
        String security = routine.choice("security", SECURITIES);
        if (security != null) {
            sql.append(" SECURITY " + security.toUpperCase(Locale.ROOT));
        }
        for (Map.Entry<String, ScalarNode> setting : routine.settings("set").entrySet()) {
            String value = setting.getValue().getValue();
            sql.append(" SET " + SqlText.identifier(setting.getKey().toLowerCase(Locale.ROOT)) + " = "
                    + (value.isEmpty() ? "''" : value));
        }
    }

    private static void body(Rendering r, SqlBuilder sql, YamlMap routine) {
        String kind = routine.exactlyOne(true, "body", "sql_body");
        ScalarNode body = routine.requiredScalar(kind);
        if (kind.equals("sql_body")) {
            sql.append("\n").verbatim(body);
            return;
        }
        if (!routine.has("language")) {
            throw r.file().error(routine.node(), routine.kind() + " needs \"language\" (e.g. plpgsql or sql)");
        }
        String tag = "$body$";
        for (int i = 1; body.getValue().contains(tag); i++) {
            tag = "$body" + i + "$";
        }
        sql.append(" AS " + tag).verbatim(body).append(tag);
    }
}
