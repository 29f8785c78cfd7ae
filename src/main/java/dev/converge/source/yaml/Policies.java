package dev.converge.source.yaml;

import java.util.List;
import java.util.Locale;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;

/** Row-level security policies of a table ({@code CREATE POLICY}). */
final class Policies {

    static final List<String> KEYS = List.of("name", "comment", "command", "permissive", "roles", "using",
            "with_check");
    static final List<String> COMMANDS = List.of("all", "select", "insert", "update", "delete");

    private Policies() {
    }

    static void render(Rendering r, String table, Node node) {
        YamlMap policy = YamlMap.of(r.file(), node, "policy", KEYS);
        String name = SqlText.identifier(policy.requiredText("name"));
        SqlBuilder sql = r.statement(node).append("CREATE POLICY " + name + " ON " + table);
        sql.append(policy.bool("permissive", true) ? " AS PERMISSIVE" : " AS RESTRICTIVE");
        String command = policy.choice("command", COMMANDS);
        sql.append(" FOR " + (command == null ? "ALL" : command.toUpperCase(Locale.ROOT)));
        List<String> roles = policy.texts("roles");
        if (!roles.isEmpty()) {
            sql.append(" TO " + String.join(", ", roles.stream().map(Rendering::role).toList()));
        }
        ScalarNode using = policy.scalar("using");
        if (using != null) {
            sql.at(using).append(" USING (").verbatim(using).append(")");
        }
        ScalarNode withCheck = policy.scalar("with_check");
        if (withCheck != null) {
            sql.at(withCheck).append(" WITH CHECK (").verbatim(withCheck).append(")");
        }
        r.addLate(sql);
        r.comment(policy, "POLICY " + name + " ON " + table);
    }
}
