package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.DefaultPrivilege;
import dev.converge.model.DefinedObject;
import dev.converge.model.Grant;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;
import dev.converge.model.Schema;
import dev.converge.model.SqlText;
import dev.converge.model.Table;
import dev.converge.model.TableInheritance;
import dev.converge.model.TableOptions;

/**
 * Writes a catalog as a YAML desired-state document that {@link YamlDesiredState} loads back into the same
 * catalog: every record becomes one node (see {@link ModelNodes}), grants go to the node of the object they are
 * on, and the order is the catalog's, which is sorted, so the same catalog always gives the same text. When all
 * objects are in one schema it is written once, as the file's {@code schema:}.
 */
public final class YamlWriter {

    private YamlWriter() {
    }

    public static String write(Catalog catalog) {
        return write(catalog, Set.of());
    }

    /**
     * The same, with the columns of {@code placeholderViews} typed: views in a cycle with functions, which the
     * loader creates first as placeholders of those types (see docs/yaml-format.md).
     */
    public static String write(Catalog catalog, Set<QualifiedName> placeholderViews) {
        Set<String> schemas = schemasUsed(catalog);
        String fileSchema = schemas.size() == 1 ? schemas.iterator().next() : null;
        Map<ObjectRef, List<Grant>> grants = catalog.grants().stream()
                .collect(Collectors.groupingBy(Grant::object, TreeMap::new, Collectors.toList()));
        Map<String, Object> document = new LinkedHashMap<>();
        put(document, "schema", fileSchema);
        Nodes nodes = new Nodes(fileSchema, grants);
        putList(document, "schemas", catalog.schemas().stream().map(nodes::schema).toList());
        putList(document, "extensions", catalog.extensions().stream()
                .map(e -> (Object) ModelNodes.extension(e, fileSchema)).toList());
        putList(document, "enums", catalog.enums().stream()
                .map(e -> nodes.type(e.name(), ModelNodes.enumType(e), ObjectKind.TYPE)).toList());
        putList(document, "domains", catalog.domains().stream()
                .map(d -> nodes.type(d.name(), ModelNodes.domain(d), ObjectKind.DOMAIN)).toList());
        putList(document, "composite_types", catalog.compositeTypes().stream()
                .map(c -> nodes.type(c.name(), ModelNodes.composite(c), ObjectKind.TYPE)).toList());
        putList(document, "sequences", catalog.sequences().stream()
                .map(s -> nodes.placed(s.name(), ModelNodes.sequence(s), ObjectKind.SEQUENCE)).toList());
        Map<QualifiedName, TableOptions> options = catalog.tableOptionsByTable();
        putList(document, "tables", ParentsFirst.order(catalog.tables()).stream()
                .map(t -> nodes.table(catalog, t, options.get(t.name()))).toList());
        for (String kind : List.of("functions", "procedures")) {
            putList(document, kind, catalog.functions().stream()
                    .filter(f -> kind.equals("procedures") == (f.kind() == Routine.Kind.PROCEDURE))
                    .map(f -> nodes.routine(f))
                    .toList());
        }
        putList(document, "views", catalog.views().stream().filter(v -> !v.materialized())
                .map(v -> nodes.placed(v.name(), ModelNodes.view(v, placeholderViews.contains(v.name())),
                        ObjectKind.TABLE, ObjectKind.VIEW)).toList());
        putList(document, "materialized_views", catalog.views().stream().filter(v -> v.materialized())
                .map(v -> nodes.placed(v.name(), ModelNodes.view(v, false), ObjectKind.TABLE,
                        ObjectKind.MATERIALIZED_VIEW))
                .toList());
        putList(document, "default_privileges", defaultPrivileges(catalog.defaultPrivileges()));
        Set<ObjectRef> definedRefs = DefinedObjectSql.refs(catalog);
        grants.keySet().stream().filter(ref -> DefinedObjectSql.covers(definedRefs, ref))
                .forEach(nodes.placedRefs::add);
        String sql = DefinedObjectSql.of(catalog) + unplacedGrants(grants, nodes.placedRefs);
        put(document, "sql", sql.isEmpty() ? null : sql);
        return "# Converge desired state (docs/yaml-format.md)\n" + yaml().dump(document);
    }

    private static Set<String> schemasUsed(Catalog catalog) {
        Set<String> schemas = new TreeSet<>();
        catalog.schemas().forEach(s -> schemas.add(s.name()));
        Stream.of(catalog.enums().stream().map(e -> e.name()), catalog.domains().stream().map(d -> d.name()),
                        catalog.compositeTypes().stream().map(c -> c.name()),
                        catalog.sequences().stream().map(s -> s.name()), catalog.tables().stream().map(t -> t.name()),
                        catalog.views().stream().map(v -> v.name()), catalog.functions().stream().map(f -> f.name()),
                        catalog.definedObjects().stream().map(o -> o.name()))
                .flatMap(Function.identity()).forEach(n -> schemas.add(n.schema()));
        catalog.extensions().forEach(e -> schemas.add(e.schema()));
        return schemas;
    }

    /** Builds the nodes that need the file's schema and the grants, and remembers which grants found a node. */
    private static final class Nodes {
        private final String fileSchema;
        private final Map<ObjectRef, List<Grant>> grants;
        private final Set<ObjectRef> placedRefs = new TreeSet<>();

        Nodes(String fileSchema, Map<ObjectRef, List<Grant>> grants) {
            this.fileSchema = fileSchema;
            this.grants = grants;
        }

        /** The public schema comes with USAGE for PUBLIC: a catalog without it had it revoked. */
        Object schema(Schema schema) {
            Map<String, Object> node = ModelNodes.named(schema.name());
            put(node, "comment", schema.comment());
            withGrants(node, Grant.schemaRef(schema.name()));
            if (schema.name().equals("public")) {
                revokeDefault(node, Grant.schemaRef(schema.name()), "usage");
            }
            return node;
        }

        /**
         * A type comes with USAGE for PUBLIC (acldefault): a catalog without it had it revoked. Grants on a domain
         * are on a {@code DOMAIN} reference, on other types on a {@code TYPE} one.
         */
        Object type(QualifiedName name, Map<String, Object> node, ObjectKind kind) {
            Map<String, Object> ordered = schemaFirst(name, node);
            withGrants(ordered, ObjectRef.of(kind, name));
            revokeDefault(ordered, ObjectRef.of(kind, name), "usage");
            return ordered;
        }

        /** A function or procedure comes with EXECUTE for PUBLIC (acldefault): without it, it was revoked. */
        Object routine(Routine routine) {
            Map<String, Object> node = withGrants(schemaFirst(routine.name(), ModelNodes.routine(routine)),
                    routine.ref());
            revokeDefault(node, routine.ref(), "execute");
            return node;
        }

        private void revokeDefault(Map<String, Object> node, ObjectRef ref, String privilege) {
            boolean granted = grants.getOrDefault(ref, List.of()).stream()
                    .anyMatch(g -> g.grantee().equals(Grant.PUBLIC) && g.privilege().equalsIgnoreCase(privilege));
            if (!granted) {
                @SuppressWarnings("unchecked")
                List<Object> items = new ArrayList<>((List<Object>) node.getOrDefault("grants", List.of()));
                Map<String, Object> revoke = new LinkedHashMap<>();
                revoke.put("from", "public");
                revoke.put("privileges", List.of(privilege));
                items.add(revoke);
                node.put("grants", items);
            }
        }

        Object placed(QualifiedName name, Map<String, Object> node, ObjectKind... kinds) {
            Map<String, Object> ordered = schemaFirst(name, node);
            for (ObjectKind kind : kinds) {
                withGrants(ordered, ObjectRef.of(kind, name));
            }
            return ordered;
        }

        /** The node with {@code schema} after {@code name} when the object is not in the file's schema. */
        Map<String, Object> schemaFirst(QualifiedName name, Map<String, Object> node) {
            if (name.schema().equals(fileSchema)) {
                return node;
            }
            Map<String, Object> ordered = new LinkedHashMap<>();
            node.forEach((key, value) -> {
                ordered.put(key, value);
                if (key.equals("name")) {
                    ordered.put("schema", name.schema());
                }
            });
            return ordered;
        }

        Map<String, Object> withGrants(Map<String, Object> node, ObjectRef ref) {
            List<Grant> on = grants.get(ref);
            if (on == null) {
                return node;
            }
            placedRefs.add(ref);
            List<Object> items = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Object> existing = (List<Object>) node.getOrDefault("grants", List.of());
            items.addAll(existing);
            Map<String, List<Grant>> byGrantee = on.stream().collect(Collectors.groupingBy(
                    g -> g.grantee() + (g.grantable() ? "\u0000g" : ""), TreeMap::new, Collectors.toList()));
            byGrantee.values().forEach(list -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("to", role(list.get(0).grantee()));
                item.put("privileges", list.stream().map(g -> g.privilege().toLowerCase(Locale.ROOT)).toList());
                if (list.get(0).grantable()) {
                    item.put("with_grant_option", true);
                }
                items.add(item);
            });
            node.put("grants", items);
            return node;
        }

        /** The default the child's column takes from its first parent that has it (PostgreSQL merges in order). */
        private static String parentDefault(Catalog catalog, TableInheritance inheritance, Column column) {
            for (QualifiedName parent : inheritance.parents()) {
                Optional<Column> parentColumn = catalog.table(parent).flatMap(t -> t.column(column.name()));
                if (parentColumn.isPresent()) {
                    return parentColumn.get().defaultExpression();
                }
            }
            return null;
        }

        Object table(Catalog catalog, Table table, TableOptions options) {
            Map<String, Object> node = ModelNodes.named(table.name().name());
            if (!table.name().schema().equals(fileSchema)) {
                node.put("schema", table.name().schema());
            }
            if (table.unlogged()) {
                node.put("unlogged", true);
            }
            put(node, "comment", table.comment());
            if (options != null) {
                tableOptions(node, options);
            }
            if (table.partitionOf() != null) {
                // A partition's columns are its parent's; as in a plan, only its own constraints are written.
                Map<String, Object> parent = new LinkedHashMap<>();
                parent.put("table", table.partitionOf().parent().name());
                if (!table.partitionOf().parent().schema().equals(fileSchema)) {
                    parent.put("schema", table.partitionOf().parent().schema());
                }
                parent.put("bound", table.partitionOf().bound());
                node.put("partition_of", parent);
                Table parentTable = catalog.tables().stream()
                        .filter(t -> t.name().equals(table.partitionOf().parent())).findFirst().orElse(null);
                putList(node, "columns", table.columns().stream()
                        .map(c -> ModelNodes.partitionColumn(c, parentTable == null ? null
                                : parentTable.column(c.name()).orElse(null)))
                        .filter(c -> c != null).toList());
            } else {
                // a child table names its parents; the columns it only inherits are theirs (as in a plan)
                TableInheritance inheritance = catalog.inheritancesByTable().get(table.name());
                if (inheritance != null) {
                    List<Object> parents = new ArrayList<>();
                    for (QualifiedName parent : inheritance.parents()) {
                        Map<String, Object> ref = new LinkedHashMap<>();
                        ref.put("table", parent.name());
                        if (!parent.schema().equals(fileSchema)) {
                            ref.put("schema", parent.schema());
                        }
                        parents.add(ref);
                    }
                    node.put("inherits", parents);
                }
                List<Object> columns = new ArrayList<>();
                for (Column column : table.columns()) {
                    // an inherited column is written, by name and default only, where its default is its own
                    if (inheritance != null && inheritance.inherits(column.name())) {
                        if (!Objects.equals(column.defaultExpression(), parentDefault(catalog, inheritance, column))
                                && !column.isGenerated() && !column.identity().isPresent()) {
                            Map<String, Object> own = ModelNodes.named(column.name());
                            own.put("default", column.defaultExpression() == null ? "NULL"
                                    : column.defaultExpression());
                            columns.add(own);
                        }
                        continue;
                    }
                    columns.add(withGrants(ModelNodes.column(column),
                            ObjectRef.member(ObjectKind.COLUMN, table.name(), column.name())));
                }
                node.put("columns", columns);
            }
            put(node, "partition_by", table.partitionKey());
            putList(node, "constraints", table.constraints().stream().map(c -> (Object) ModelNodes.constraint(c))
                    .toList());
            putList(node, "indexes", table.indexes().stream().map(i -> (Object) ModelNodes.index(i)).toList());
            putList(node, "attached_indexes", table.attachedIndexes().stream()
                    .map(a -> (Object) ModelNodes.attachedIndex(a)).toList());
            putList(node, "validated_checks", table.validatedCheckCopies());
            putList(node, "triggers", catalog.triggers().stream().filter(t -> t.table().equals(table.name()))
                    .map(t -> (Object) ModelNodes.trigger(t)).toList());
            putList(node, "policies", catalog.policies().stream().filter(p -> p.table().equals(table.name()))
                    .map(p -> (Object) ModelNodes.policy(p)).toList());
            return withGrants(node, ObjectRef.of(ObjectKind.TABLE, table.name()));
        }

        private static void tableOptions(Map<String, Object> node, TableOptions options) {
            if (!options.storageParameters().isEmpty()) {
                node.put("storage", ModelNodes.settings(options.storageParameters()));
            }
            if (options.rowSecurity()) {
                node.put("row_level_security", true);
            }
            if (options.forceRowSecurity()) {
                node.put("force_row_level_security", true);
            }
            switch (options.replicaIdentity()) {
                case 'f' -> node.put("replica_identity", "full");
                case 'n' -> node.put("replica_identity", "nothing");
                case 'i' -> node.put("replica_identity", Map.of("index", options.replicaIndex()));
                default -> { }
            }
            if (options.clusterIndex() != null) {
                node.put("cluster_on", options.clusterIndex());
            }
        }
    }

    private static List<Object> defaultPrivileges(List<DefaultPrivilege> entries) {
        Map<List<Object>, List<DefaultPrivilege>> groups = new LinkedHashMap<>();
        for (DefaultPrivilege entry : entries) {
            groups.computeIfAbsent(List.of(entry.role(), entry.schema() == null ? "" : entry.schema(),
                    entry.objectType(), entry.grantee(), entry.grantable()), k -> new ArrayList<>()).add(entry);
        }
        List<Object> nodes = new ArrayList<>();
        groups.values().forEach(group -> {
            DefaultPrivilege first = group.get(0);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("role", first.role());
            put(node, "schema", first.schema());
            node.put("objects", first.objectType().toLowerCase(Locale.ROOT));
            node.put("privileges", group.stream().map(d -> d.privilege().toLowerCase(Locale.ROOT)).toList());
            node.put("to", role(first.grantee()));
            if (first.grantable()) {
                node.put("with_grant_option", true);
            }
            nodes.add(node);
        });
        return nodes;
    }

    /** Grants on objects that have no node in the document are kept, as SQL. */
    private static String unplacedGrants(Map<ObjectRef, List<Grant>> grants, Set<ObjectRef> placed) {
        StringBuilder sql = new StringBuilder();
        grants.forEach((ref, list) -> {
            if (placed.contains(ref)) {
                return;
            }
            for (Grant grant : list) {
                String column = ref.kind() == ObjectKind.COLUMN ? " (" + SqlText.identifier(ref.member()) + ")" : "";
                sql.append("GRANT ").append(grant.privilege()).append(column).append(" ON ").append(target(ref))
                        .append(" TO ")
                        .append(Rendering.role(grant.grantee()))
                        .append(grant.grantable() ? " WITH GRANT OPTION" : "").append(";\n");
            }
        });
        return sql.toString();
    }

    private static String target(ObjectRef ref) {
        return switch (ref.kind()) {
            case SCHEMA -> "SCHEMA " + SqlText.identifier(ref.name().schema());
            // an ordered-set aggregate's "a ORDER BY b" is "a, b" to GRANT
            case FUNCTION, PROCEDURE -> ref.kind().name() + " " + SqlText.qualified(ref.name()) + "("
                    + ref.member().replace(" ORDER BY ", ", ") + ")";
            case SEQUENCE -> "SEQUENCE " + SqlText.qualified(ref.name());
            case TYPE, DOMAIN -> "TYPE " + SqlText.qualified(ref.name());
            default -> "TABLE " + SqlText.qualified(ref.name());
        };
    }

    private static String role(String grantee) {
        return grantee.equals(Grant.PUBLIC) ? "public" : grantee;
    }

    private static void put(Map<String, Object> node, String key, Object value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static void putList(Map<String, Object> node, String key, List<?> values) {
        if (!values.isEmpty()) {
            node.put(key, values);
        }
    }

    /** Block style; text with line breaks as literal blocks ({@code |}), which keep every character. */
    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setWidth(120);
        Representer representer = new Representer(options) {
            {
                this.representers.put(String.class, data -> {
                    String text = (String) data;
                    return representScalar(Tag.STR, text, text.indexOf('\n') >= 0
                            ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
                });
            }
        };
        return new Yaml(representer, options);
    }
}
