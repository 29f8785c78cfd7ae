package dev.converge.source.yaml;

import java.util.List;
import java.util.Locale;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;

/** Schemas, extensions and default privileges: the objects that are not inside a schema's tables or types. */
final class SchemaObjects {

    static final List<String> SCHEMA_KEYS = List.of("name", "comment", "grants");
    static final List<String> EXTENSION_KEYS = List.of("name", "schema", "version", "comment");
    static final List<String> DEFAULT_PRIVILEGE_KEYS = List.of("role", "schema", "objects", "to",
            "privileges",
            "with_grant_option");
    static final List<String> DEFAULT_PRIVILEGE_OBJECTS = List.of("tables", "sequences", "functions", "routines",
            "types", "schemas");

    private SchemaObjects() {
    }

    /**
     * {@code CREATE SCHEMA IF NOT EXISTS}: a schema node may describe {@code public}, which every database has,
     * to give it a comment or grants.
     */
    static void schema(Rendering r, Node node) {
        YamlMap schema = YamlMap.of(r.file(), node, "schema", SCHEMA_KEYS);
        String name = SqlText.identifier(schema.requiredText("name"));
        r.add(r.statement(node).append("CREATE SCHEMA IF NOT EXISTS " + name));
        r.comment(schema, "SCHEMA " + name);
        Grants.render(r, schema, "SCHEMA " + name, null);
    }

    static void extension(Rendering r, Node node) {
        YamlMap extension = YamlMap.of(r.file(), node, "extension", EXTENSION_KEYS);
        String name = SqlText.identifier(extension.requiredText("name"));
        SqlBuilder sql = r.statement(node).append("CREATE EXTENSION " + name);
        String schema = r.schemaOf(extension);
        if (schema != null) {
            sql.append(" SCHEMA " + SqlText.identifier(schema));
        }
        ScalarNode version = extension.scalar("version");
        if (version != null) {
            sql.at(version).append(" VERSION ").literal(version.getValue());
        }
        r.add(sql);
        r.comment(extension, "EXTENSION " + name);
    }

    static void defaultPrivilege(Rendering r, Node node) {
        YamlMap entry = YamlMap.of(r.file(), node, "default privilege", DEFAULT_PRIVILEGE_KEYS);
        SqlBuilder sql = r.statement(node).append("ALTER DEFAULT PRIVILEGES");
        if (entry.has("role")) {
            sql.append(" FOR ROLE " + SqlText.identifier(entry.requiredText("role")));
        }
        if (entry.has("schema")) {
            sql.append(" IN SCHEMA " + SqlText.identifier(entry.requiredText("schema")));
        }
        List<String> privileges = Grants.privileges(r, entry);
        String on = entry.choice("objects", DEFAULT_PRIVILEGE_OBJECTS);
        if (on == null) {
            throw r.file().error(node, "default privilege needs \"objects\" (" + String.join(", ",
                    DEFAULT_PRIVILEGE_OBJECTS) + ")");
        }
        List<String> roles = entry.texts("to");
        if (roles.isEmpty()) {
            throw r.file().error(node, "default privilege needs \"to\" (a role, a list of roles, or public)");
        }
        sql.append(" GRANT " + String.join(", ", privileges) + " ON " + on.toUpperCase(Locale.ROOT) + " TO "
                + String.join(", ", roles.stream().map(Rendering::role).toList()));
        if (entry.bool("with_grant_option", false)) {
            sql.append(" WITH GRANT OPTION");
        }
        r.addLate(sql);
    }
}
