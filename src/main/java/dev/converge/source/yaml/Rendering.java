package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;
import dev.converge.source.SqlStatement;

/**
 * What every renderer of one YAML file shares: the file, the schema its objects default to, and the statements
 * rendered so far. Statements that refer to other objects by design (foreign keys, comments, grants, policies,
 * triggers) go to a later list, so a file loads in one round when it can, and so that two tables that reference
 * each other never block each other's creation.
 */
final class Rendering {

    private final YamlFile file;
    private final String defaultSchema;
    private final List<SqlStatement> early = new ArrayList<>();
    private final List<SqlStatement> late = new ArrayList<>();

    Rendering(YamlFile file, String defaultSchema) {
        this.file = file;
        this.defaultSchema = defaultSchema;
    }

    YamlFile file() {
        return file;
    }

    SqlBuilder statement(Node start) {
        return new SqlBuilder(file, start);
    }

    void add(SqlBuilder statement) {
        early.add(statement.build());
    }

    void addLate(SqlBuilder statement) {
        late.add(statement.build());
    }

    void addAll(List<SqlStatement> statements) {
        early.addAll(statements);
    }

    List<SqlStatement> statements() {
        List<SqlStatement> all = new ArrayList<>(early);
        all.addAll(late);
        return all;
    }

    /** The schema of an object node: its own {@code schema}, else the file's, else null (the search path). */
    String schemaOf(YamlMap node) {
        String own = node.text("schema");
        return own != null ? own : defaultSchema;
    }

    /** The SQL name of the object a node defines: {@code schema.name}, or {@code name} alone on the search path. */
    String qualified(YamlMap node) {
        return qualified(schemaOf(node), node.requiredText("name"));
    }

    static String qualified(String schema, String name) {
        return schema == null ? SqlText.identifier(name) : SqlText.identifier(schema) + "." + SqlText.identifier(name);
    }

    /**
     * A reference to a schema-level object: a name (in the file's schema) or a mapping with {@code schema} and
     * the given name key.
     */
    String reference(Node node, String kind, String nameKey, List<String> keys) {
        if (node instanceof ScalarNode scalar) {
            return qualified(defaultSchema, scalar.getValue());
        }
        YamlMap map = YamlMap.of(file, node, kind, keys);
        String schema = map.text("schema");
        return qualified(schema != null ? schema : defaultSchema, map.requiredText(nameKey));
    }

    /** {@code COMMENT ON target IS '...'} when the node has a comment. */
    void comment(YamlMap node, String target) {
        ScalarNode comment = node.scalar("comment");
        if (comment != null) {
            addLate(statement(comment).append("COMMENT ON " + target + " IS ").literal(comment.getValue()));
        }
    }

    /** A list of names, each quoted as needed and separated by commas. */
    static String identifiers(List<String> names) {
        return String.join(", ", names.stream().map(SqlText::identifier).toList());
    }

    /** {@code (name=value, ...)} of storage parameters or options; a value that is not a plain word is quoted. */
    static String parameters(Map<String, ScalarNode> settings) {
        List<String> parts = new ArrayList<>();
        settings.forEach((name, value) -> {
            String v = value.getValue();
            parts.add(name.toLowerCase(Locale.ROOT) + "=" + (v.matches("[A-Za-z0-9_.+-]+") ? v : SqlText.literal(v)));
        });
        return "(" + String.join(", ", parts) + ")";
    }

    /**
     * A collation: a bare name ({@code C}, {@code en_US}) is quoted as an identifier; text that is already quoted
     * or qualified as PostgreSQL prints it ({@code "C"}, {@code pg_catalog."C"}) is SQL and kept as written.
     */
    static String collation(String value) {
        return value.indexOf('"') >= 0 || QUALIFIED_LOWER_CASE.matcher(value).matches() ? value
                : SqlText.identifier(value);
    }

    /**
     * A collation written {@code schema.name} with two plain lower-case identifiers is qualified (as inspect writes
     * a user collation, {@code app.nocase}); a libc name with a dot ({@code en_US.utf8}) has capitals and stays one
     * name. Anything else that is qualified is written quoted ({@code app."Nocase"}).
     */
    private static final java.util.regex.Pattern QUALIFIED_LOWER_CASE =
            java.util.regex.Pattern.compile("[a-z_][a-z0-9_$]*\\.[a-z_][a-z0-9_$]*");

    /** A role in GRANT or a policy: {@code PUBLIC} is a keyword, every other name an identifier. */
    static String role(String name) {
        return name.equalsIgnoreCase("public") ? "PUBLIC" : SqlText.identifier(name);
    }

    /** {@code -- converge:renamed-from old}, which {@code RenameHints} reads from the rendered statement. */
    static String renameHint(YamlMap node) {
        String old = node.text("renamed_from");
        return old == null ? "" : " -- converge:renamed-from " + SqlText.identifier(old);
    }
}
