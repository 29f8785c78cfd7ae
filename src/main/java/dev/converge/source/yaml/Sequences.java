package dev.converge.source.yaml;

import java.util.List;

import org.yaml.snakeyaml.nodes.Node;

import dev.converge.model.SqlText;

/** Standalone sequences; their options are shared with identity columns. */
final class Sequences {

    static final List<String> KEYS = List.of("name", "schema", "type", "start", "increment", "min_value",
            "max_value", "cache", "cycle", "owned_by", "comment", "grants");
    static final List<String> OWNER_KEYS = List.of("schema", "table", "column");

    private Sequences() {
    }

    static void render(Rendering r, Node node) {
        YamlMap sequence = YamlMap.of(r.file(), node, "sequence", KEYS);
        String name = r.qualified(sequence);
        SqlBuilder sql = r.statement(node).append("CREATE SEQUENCE " + name);
        if (sequence.has("type")) {
            sql.at(sequence.value("type")).append(" AS ").verbatim(sequence.requiredScalar("type")).at(node);
        }
        sql.append(options(sequence));
        r.add(sql);
        YamlMap owner = sequence.map("owned_by", "owned_by", OWNER_KEYS);
        if (owner != null) {
            String schema = owner.text("schema") != null ? owner.text("schema") : r.schemaOf(sequence);
            r.addLate(r.statement(owner.node()).append("ALTER SEQUENCE " + name + " OWNED BY "
                    + Rendering.qualified(schema, owner.requiredText("table")) + "."
                    + SqlText.identifier(owner.requiredText("column"))));
        }
        r.comment(sequence, "SEQUENCE " + name);
        Grants.render(r, sequence, "SEQUENCE " + name, null);
    }

    /** {@code INCREMENT BY ...} and the rest, each with a leading space; empty when none is given. */
    static String options(YamlMap node) {
        StringBuilder options = new StringBuilder();
        option(options, "INCREMENT BY", node.integer("increment"));
        option(options, "MINVALUE", node.integer("min_value"));
        option(options, "MAXVALUE", node.integer("max_value"));
        option(options, "START WITH", node.integer("start"));
        option(options, "CACHE", node.integer("cache"));
        Boolean cycle = node.bool("cycle");
        if (cycle != null) {
            options.append(cycle ? " CYCLE" : " NO CYCLE");
        }
        return options.toString();
    }

    private static void option(StringBuilder options, String keyword, Long value) {
        if (value != null) {
            options.append(' ').append(keyword).append(' ').append(value);
        }
    }
}
