package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;
import dev.converge.plan.AttachedIndexSql;

/**
 * A table node: one {@code CREATE TABLE} with its columns and the constraints that live inside it, then the
 * statements about the table (foreign keys, indexes, comments, grants, row-level security, policies, triggers).
 */
final class Tables {

    static final List<String> KEYS = List.of("name", "schema", "comment", "renamed_from", "unlogged", "columns",
            "constraints", "indexes", "triggers", "policies", "grants", "row_level_security",
            "force_row_level_security", "storage", "replica_identity", "partition_by", "partition_of",
            "inherits", "cluster_on", "attached_indexes", "validated_checks");
    static final List<String> PARTITION_OF_KEYS = List.of("table", "schema", "bound");
    /** A partition's column: only what the partition may have of its own (the rest is its parent's). */
    static final List<String> PARTITION_COLUMN_KEYS = List.of("name", "nullable", "default", "comment");
    static final List<String> ATTACHED_INDEX_KEYS = List.of("name", "index", "comment");
    static final List<String> INHERITS_KEYS = List.of("table", "schema");
    static final List<String> COLUMN_KEYS = List.of("name", "type", "nullable", "default", "identity", "generated",
            "collation", "comment", "renamed_from", "primary_key", "unique", "check", "references", "grants",
            "statistics", "storage", "compression", "options");
    static final List<String> IDENTITY_KEYS = List.of("generation", "start", "increment", "min_value",
            "max_value", "cache", "cycle");
    static final List<String> GENERATIONS = List.of("always", "by_default");
    static final List<String> REPLICA_IDENTITIES = List.of("default", "full", "nothing");

    private Tables() {
    }

    static void render(Rendering r, Node node) {
        YamlMap table = YamlMap.of(r.file(), node, "table", KEYS);
        String name = r.qualified(table);
        SqlBuilder create = r.statement(node).append("CREATE ");
        if (table.bool("unlogged", false)) {
            create.append("UNLOGGED ");
        }
        YamlMap partitionOf = table.has("partition_of")
                ? YamlMap.of(r.file(), table.value("partition_of"), "partition_of", PARTITION_OF_KEYS) : null;
        if (partitionOf != null) {
            // A partition takes its columns from its parent: only its own constraints and column options are
            // listed (as in a plan).
            create.append("TABLE " + name + " PARTITION OF "
                    + r.reference(table.value("partition_of"), "partition_of", "table", PARTITION_OF_KEYS));
        } else {
            create.append("TABLE " + name + " (" + Rendering.renameHint(table) + "\n");
        }
        // Each element writes itself and returns its rename hint, which must follow the element's comma on its
        // line: that is where RenameHints looks for it.
        List<Function<SqlBuilder, String>> elements = new ArrayList<>();
        List<YamlMap> columns = new ArrayList<>();
        List<YamlMap> inlineConstraints = new ArrayList<>();
        List<YamlMap> dropped = new ArrayList<>();
        List<YamlMap> inheritedDefaults = new ArrayList<>();
        for (Node item : table.list("columns")) {
            YamlMap column = YamlMap.of(r.file(), item, "column",
                    partitionOf == null ? COLUMN_KEYS : PARTITION_COLUMN_KEYS);
            columns.add(column);
            if (partitionOf == null && table.has("inherits") && !column.has("type")) {
                inheritedDefaults.add(column);
            } else if (partitionOf == null) {
                elements.add(sql -> column(sql, column));
            } else if (defaultDropped(column)) {
                dropped.add(column);
                if (!column.bool("nullable", true)) {
                    elements.add(sql -> partitionColumn(sql, column));
                }
            } else if (column.has("default") || !column.bool("nullable", true)) {
                elements.add(sql -> partitionColumn(sql, column));
            }
        }
        for (Node item : table.list("constraints")) {
            YamlMap constraint = YamlMap.of(r.file(), item, "constraint", Constraints.KEYS);
            if (Constraints.inline(constraint)) {
                elements.add(sql -> Constraints.renderInline(r, sql, constraint));
                inlineConstraints.add(constraint);
            } else {
                Constraints.renderLate(r, name, constraint);
            }
        }
        // A partition without constraints of its own has no list at all: PARTITION OF takes no empty ().
        boolean list = partitionOf == null || !elements.isEmpty();
        if (partitionOf != null && list) {
            create.append(" (\n");
        }
        for (int i = 0; i < elements.size(); i++) {
            create.append("    ");
            String hint = elements.get(i).apply(create);
            create.append((i + 1 < elements.size() ? "," : "") + hint + "\n");
        }
        if (list) {
            create.at(node).append(")");
        }
        if (partitionOf != null) {
            create.at(partitionOf.node()).append(" ").verbatim(partitionOf.requiredScalar("bound"));
        }
        List<Node> parents = table.list("inherits");
        if (!parents.isEmpty()) {
            table.notWith("inherits", "partition_of");
            List<String> names = new ArrayList<>();
            parents.forEach(p -> names.add(r.reference(p, "inherits", "table", INHERITS_KEYS)));
            create.at(table.value("inherits")).append(" INHERITS (" + String.join(", ", names) + ")");
        }
        ScalarNode partitionBy = table.scalar("partition_by");
        if (partitionBy != null) {
            create.at(partitionBy).append(" PARTITION BY ").verbatim(partitionBy);
        }
        if (table.has("storage")) {
            create.at(table.value("storage")).append(" WITH " + Rendering.parameters(table.settings("storage")));
        }
        r.add(create);
        // an inherited column named without a type: its default is the child's own (INHERITS copied the parent's)
        for (YamlMap column : inheritedDefaults) {
            SqlBuilder alter = r.statement(column.node()).append("ALTER TABLE ONLY " + name + " ALTER COLUMN ")
                    .identifier(column.requiredText("name"));
            ScalarNode value = column.scalar("default");
            if (value == null || defaultDropped(column)) {
                alter.append(" DROP DEFAULT");
            } else {
                alter.append(" SET DEFAULT ").verbatim(value);
            }
            r.add(alter);
        }
        for (YamlMap column : dropped) {
            r.add(r.statement(column.value("default")).append("ALTER TABLE ONLY " + name + " ALTER COLUMN ")
                    .identifier(column.requiredText("name")).append(" DROP DEFAULT"));
        }
        for (YamlMap column : columns) {
            columnStatements(r, name, column);
        }
        r.comment(table, "TABLE " + name);
        for (YamlMap constraint : inlineConstraints) {
            Constraints.comment(r, name, constraint);
        }
        for (Node item : table.list("indexes")) {
            Indexes.render(r, table, item);
        }
        if (partitionOf == null && table.has("attached_indexes")) {
            throw r.file().error(table.keyNode("attached_indexes"),
                    "table option \"attached_indexes\" needs \"partition_of\": only a partition has indexes attached"
                            + " to its parent's");
        }
        for (Node item : table.list("attached_indexes")) {
            attachedIndex(r, table, partitionOf, item);
        }
        validatedChecks(r, table, partitionOf);
        Grants.render(r, table, "TABLE " + name, null);
        options(r, name, table);
        for (Node item : table.list("policies")) {
            Policies.render(r, name, item);
        }
        for (Node item : table.list("triggers")) {
            Triggers.render(r, name, item);
        }
    }

    private static String column(SqlBuilder sql, YamlMap column) {
        sql.at(column.node()).identifier(column.requiredText("name")).append(" ");
        sql.verbatim(column.requiredScalar("type"));
        ScalarNode collation = column.scalar("collation");
        if (collation != null) {
            sql.at(collation).append(" COLLATE " + Rendering.collation(collation.getValue()));
        }
        column.notWith("generated", "default");
        column.notWith("generated", "identity");
        column.notWith("identity", "default");
        ScalarNode generated = column.scalar("generated");
        if (generated != null) {
            sql.at(generated).append(" GENERATED ALWAYS AS (").verbatim(generated).append(") STORED");
        }
        if (column.has("identity")) {
            identity(sql, column);
        }
        ScalarNode defaultValue = column.scalar("default");
        if (defaultValue != null) {
            sql.at(defaultValue).append(" DEFAULT ").verbatim(defaultValue);
        }
        if (!column.bool("nullable", true)) {
            sql.at(column.keyNode("nullable")).append(" NOT NULL");
        }
        if (column.bool("primary_key", false)) {
            sql.at(column.keyNode("primary_key")).append(" PRIMARY KEY");
        }
        if (column.bool("unique", false)) {
            sql.at(column.keyNode("unique")).append(" UNIQUE");
        }
        ScalarNode check = column.scalar("check");
        if (check != null) {
            sql.at(check).append(" CHECK (").verbatim(check).append(")");
        }
        return Rendering.renameHint(column);
    }

    /** {@code c [DEFAULT d] [NOT NULL]} in {@code PARTITION OF}: a partition's own default and NOT NULL. */
    /**
     * {@code default: NULL} on a partition's column: no default of its own, though its parent has one (as pg_dump
     * leaves it). PARTITION OF copies the parent's defaults, and {@code DEFAULT NULL} there stores a NULL cast for
     * most types, so the copied default is dropped after the CREATE instead.
     */
    private static boolean defaultDropped(YamlMap column) {
        ScalarNode defaultValue = column.scalar("default");
        return defaultValue != null && defaultValue.getValue().strip().equalsIgnoreCase("NULL");
    }

    private static String partitionColumn(SqlBuilder sql, YamlMap column) {
        sql.at(column.node()).identifier(column.requiredText("name"));
        ScalarNode defaultValue = column.scalar("default");
        if (defaultValue != null && !defaultDropped(column)) {
            sql.at(defaultValue).append(" DEFAULT ").verbatim(defaultValue);
        }
        if (!column.bool("nullable", true)) {
            sql.at(column.keyNode("nullable")).append(" NOT NULL");
        }
        return "";
    }

    /**
     * A partition's index attached to its parent's index (or key) {@code index}, which is in the parent's schema:
     * PostgreSQL makes it when the partition or the parent index is created and names it itself, so it is renamed
     * once everything exists, then given its comment.
     */
    private static void attachedIndex(Rendering r, YamlMap table, YamlMap partitionOf, Node item) {
        YamlMap attached = YamlMap.of(r.file(), item, "attached index", ATTACHED_INDEX_KEYS);
        String parentSchema = r.schemaOf(partitionOf);
        String name = attached.requiredText("name");
        r.addLate(r.statement(attached.node()).append(AttachedIndexSql.rename(r.qualified(table),
                Rendering.qualified(parentSchema, attached.requiredText("index")), name)));
        r.comment(attached, "INDEX " + Rendering.qualified(r.schemaOf(table), name));
    }

    /**
     * The partition's copies of its parent's NOT VALID checks that are validated: PostgreSQL leaves the copy of a
     * partition created before the check unvalidated, and partitions are created before the checks added late.
     * A late VALIDATE that comes before its parent's check is retried after it, like any statement whose object
     * does not exist yet.
     */
    private static void validatedChecks(Rendering r, YamlMap table, YamlMap partitionOf) {
        if (partitionOf == null && table.has("validated_checks")) {
            throw r.file().error(table.keyNode("validated_checks"),
                    "table option \"validated_checks\" needs \"partition_of\": only a partition has copies of its"
                            + " parent's checks");
        }
        for (ScalarNode check : table.scalars("validated_checks")) {
            r.addLate(r.statement(check).append("ALTER TABLE " + r.qualified(table) + " VALIDATE CONSTRAINT "
                    + SqlText.identifier(check.getValue())));
        }
    }

    /** {@code identity: always}, {@code identity: by_default}, or a mapping with the sequence options. */
    private static void identity(SqlBuilder sql, YamlMap column) {
        Node value = column.value("identity");
        sql.at(value);
        if (value instanceof ScalarNode) {
            String generation = column.choice("identity", GENERATIONS);
            sql.append(" GENERATED " + generationKeyword(generation) + " AS IDENTITY");
            return;
        }
        YamlMap identity = YamlMap.of(column.file(), value, "identity", IDENTITY_KEYS);
        String generation = identity.choice("generation", GENERATIONS);
        sql.append(" GENERATED " + generationKeyword(generation == null ? "by_default" : generation)
                + " AS IDENTITY");
        String options = Sequences.options(identity);
        if (!options.isEmpty()) {
            sql.append(" (" + options.strip() + ")");
        }
    }

    private static String generationKeyword(String generation) {
        return generation.equals("always") ? "ALWAYS" : "BY DEFAULT";
    }

    /** Column comments, column grants and the column's foreign-key shorthand. */
    private static void columnStatements(Rendering r, String table, YamlMap column) {
        String name = column.requiredText("name");
        r.comment(column, "COLUMN " + table + "." + SqlText.identifier(name));
        Grants.render(r, column, "TABLE " + table, name);
        Settings.column(r, table, column);
        Node references = column.value("references");
        if (references != null) {
            Constraints.columnForeignKey(r, table, name, references);
        }
    }

    private static void options(Rendering r, String name, YamlMap table) {
        if (table.bool("row_level_security", false)) {
            r.addLate(r.statement(table.keyNode("row_level_security"))
                    .append("ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY"));
        }
        if (table.bool("force_row_level_security", false)) {
            r.addLate(r.statement(table.keyNode("force_row_level_security"))
                    .append("ALTER TABLE " + name + " FORCE ROW LEVEL SECURITY"));
        }
        Settings.cluster(r, name, table);
        Node replica = table.value("replica_identity");
        if (replica != null) {
            SqlBuilder sql = r.statement(replica).append("ALTER TABLE " + name + " REPLICA IDENTITY ");
            if (replica instanceof MappingNode) {
                YamlMap index = YamlMap.of(r.file(), replica, "replica identity", List.of("index"));
                sql.append("USING INDEX " + SqlText.identifier(index.requiredText("index")));
            } else {
                sql.append(table.choice("replica_identity", REPLICA_IDENTITIES).toUpperCase(java.util.Locale.ROOT));
            }
            r.addLate(sql);
        }
    }
}
