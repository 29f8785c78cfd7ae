package dev.converge.source.yaml;

import java.util.List;
import java.util.Locale;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * {@code grants:} of an object: each item grants privileges {@code to} roles ({@code GRANT}), or takes back
 * privileges {@code from} roles ({@code REVOKE}), for the privileges PostgreSQL grants by default, such as
 * USAGE on a type to PUBLIC.
 */
final class Grants {

    static final List<String> KEYS = List.of("to", "from", "privileges", "with_grant_option");
    static final List<String> PRIVILEGES = List.of("select", "insert", "update", "delete", "truncate",
            "references", "trigger", "usage", "create", "connect", "temporary", "execute", "maintain", "all");

    private Grants() {
    }

    /**
     * @param on the object as GRANT names it, e.g. {@code TABLE app.orders}
     * @param column the column for a column privilege, else null
     */
    static void render(Rendering r, YamlMap owner, String on, String column) {
        for (Node item : owner.list("grants")) {
            YamlMap grant = YamlMap.of(r.file(), item, "grant", KEYS);
            List<String> privileges = privileges(r, grant);
            boolean revoke = grant.exactlyOne(true, "to", "from").equals("from");
            grant.notWith("from", "with_grant_option");
            List<String> roles = grant.texts(revoke ? "from" : "to");
            String columnList = column == null ? "" : " (" + Rendering.identifiers(List.of(column)) + ")";
            SqlBuilder sql = r.statement(item).append(revoke ? "REVOKE " : "GRANT ");
            sql.append(String.join(columnList + ", ", privileges) + columnList + " ON " + on
                    + (revoke ? " FROM " : " TO "));
            sql.append(String.join(", ", roles.stream().map(Rendering::role).toList()));
            if (grant.bool("with_grant_option", false)) {
                sql.append(" WITH GRANT OPTION");
            }
            r.addLate(sql);
        }
    }

    static List<String> privileges(Rendering r, YamlMap grant) {
        List<ScalarNode> items = grant.scalars("privileges");
        if (items.isEmpty()) {
            throw r.file().error(grant.node(), grant.kind() + " needs \"privileges\" (e.g. [select, insert])");
        }
        return items.stream().map(p -> {
            String word = p.getValue().toLowerCase(Locale.ROOT).strip();
            if (word.equals("all privileges")) {
                word = "all";
            }
            if (!PRIVILEGES.contains(word)) {
                throw r.file().error(p, "unknown privilege \"" + p.getValue() + "\""
                        + Suggestions.didYouMean(word, PRIVILEGES));
            }
            return word.toUpperCase(Locale.ROOT);
        }).toList();
    }
}
