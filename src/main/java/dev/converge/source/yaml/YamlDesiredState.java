package dev.converge.source.yaml;

import java.util.List;
import java.util.function.BiConsumer;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.source.SourceFile;
import dev.converge.source.SqlStatement;

/**
 * Reads a YAML desired-state file (docs/yaml-format.md) and renders it to SQL statements, which are loaded into
 * the dev database like those of a {@code .sql} file: YAML is a way to write DDL, and PostgreSQL stays the one
 * normaliser. Every statement keeps the file, line and column of the node it came from.
 */
public final class YamlDesiredState {

    /** The keys of a file's top-level mapping, in the order their objects are rendered. */
    static final List<String> KEYS = List.of("schema", "schemas", "extensions", "enums", "domains",
            "composite_types", "sequences", "tables", "functions", "procedures", "views", "materialized_views",
            "default_privileges", "sql");

    private YamlDesiredState() {
    }

    /** True for the file names read as YAML: {@code .yaml} and {@code .yml}. */
    public static boolean isYaml(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /**
     * The file's statements: objects first (in the order of {@link #KEYS}, then of the file), then what refers
     * to them (foreign keys, comments, grants, policies, triggers).
     *
     * @throws dev.converge.error.DesiredStateException naming file:line:col and the key for anything malformed
     */
    public static List<SqlStatement> statements(SourceFile source) {
        YamlFile file = new YamlFile(source);
        Node root = file.compose();
        if (root == null) {
            return List.of();
        }
        YamlMap document = YamlMap.of(file, root, "top-level", KEYS);
        Rendering r = new Rendering(file, document.text("schema"));
        each(r, document, "schemas", SchemaObjects::schema);
        each(r, document, "extensions", SchemaObjects::extension);
        each(r, document, "enums", Types::enumType);
        each(r, document, "domains", Types::domain);
        each(r, document, "composite_types", Types::composite);
        each(r, document, "sequences", Sequences::render);
        each(r, document, "tables", Tables::render);
        each(r, document, "functions", Routines::function);
        each(r, document, "procedures", Routines::procedure);
        each(r, document, "views", Views::view);
        each(r, document, "materialized_views", Views::materialized);
        each(r, document, "default_privileges", SchemaObjects::defaultPrivilege);
        ScalarNode sql = document.scalar("sql");
        if (sql != null) {
            r.addAll(RawSql.statements(file, sql));
        }
        return r.statements();
    }

    private static void each(Rendering r, YamlMap document, String key, BiConsumer<Rendering, Node> render) {
        for (Node item : document.list(key)) {
            render.accept(r, item);
        }
    }
}
