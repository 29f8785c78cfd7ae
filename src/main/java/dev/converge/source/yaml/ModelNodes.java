package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.converge.model.AttachedIndex;
import dev.converge.model.Column;
import dev.converge.model.CompositeType;
import dev.converge.model.Constraint;
import dev.converge.model.Domain;
import dev.converge.model.DomainConstraint;
import dev.converge.model.EnumType;
import dev.converge.model.Extension;
import dev.converge.model.Identity;
import dev.converge.model.Index;
import dev.converge.model.Policy;
import dev.converge.model.Routine;
import dev.converge.model.Sequence;
import dev.converge.model.Trigger;
import dev.converge.model.View;

/**
 * One YAML node (an ordered map) per model record, in the format the loader reads. Wherever a record carries
 * PostgreSQL's own text of its definition, that text is written under {@code definition} (or {@code query},
 * {@code type}, {@code default}...), so that loading the node gives back the same record exactly.
 */
final class ModelNodes {

    private ModelNodes() {
    }

    static Map<String, Object> extension(Extension extension, String fileSchema) {
        Map<String, Object> node = named(extension.name());
        if (!extension.schema().equals(fileSchema)) {
            node.put("schema", extension.schema());
        }
        node.put("version", extension.version());
        put(node, "comment", extension.comment());
        return node;
    }

    static Map<String, Object> enumType(EnumType type) {
        Map<String, Object> node = named(type.name().name());
        node.put("values", type.labels());
        put(node, "comment", type.comment());
        return node;
    }

    static Map<String, Object> domain(Domain domain) {
        Map<String, Object> node = named(domain.name().name());
        node.put("type", domain.baseType());
        put(node, "collation", domain.collation());
        put(node, "default", domain.defaultExpression());
        if (domain.notNull()) {
            node.put("nullable", false);
        }
        List<Object> constraints = new ArrayList<>();
        for (DomainConstraint constraint : domain.constraints()) {
            Map<String, Object> item = named(constraint.name());
            item.put("definition", constraint.definition());
            constraints.add(item);
        }
        putList(node, "constraints", constraints);
        put(node, "comment", domain.comment());
        return node;
    }

    static Map<String, Object> composite(CompositeType type) {
        Map<String, Object> node = named(type.name().name());
        List<Object> attributes = new ArrayList<>();
        for (CompositeType.Attribute attribute : type.attributes()) {
            Map<String, Object> item = named(attribute.name());
            item.put("type", attribute.type());
            put(item, "collation", attribute.collation());
            attributes.add(item);
        }
        node.put("attributes", attributes);
        put(node, "comment", type.comment());
        return node;
    }

    static Map<String, Object> sequence(Sequence sequence) {
        Map<String, Object> node = named(sequence.name().name());
        node.put("type", sequence.dataType());
        node.put("start", sequence.start());
        node.put("increment", sequence.increment());
        node.put("min_value", sequence.minValue());
        node.put("max_value", sequence.maxValue());
        node.put("cache", sequence.cache());
        node.put("cycle", sequence.cycle());
        if (sequence.ownedBy() != null) {
            Map<String, Object> owner = new LinkedHashMap<>();
            if (!sequence.ownedBy().table().schema().equals(sequence.name().schema())) {
                owner.put("schema", sequence.ownedBy().table().schema());
            }
            owner.put("table", sequence.ownedBy().table().name());
            owner.put("column", sequence.ownedBy().column());
            node.put("owned_by", owner);
        }
        put(node, "comment", sequence.comment());
        return node;
    }

    /**
     * What a partition's column has of its own beside its parent's column: NOT NULL, a default, a comment; null
     * when nothing (identity and generated columns take their default from the parent). Without the parent
     * column, every NOT NULL and default is written.
     */
    static Map<String, Object> partitionColumn(Column column, Column parent) {
        Map<String, Object> node = named(column.name());
        if (column.notNull() && (parent == null || !parent.notNull())) {
            node.put("nullable", false);
        }
        if (column.defaultExpression() != null && !column.isGenerated() && !column.identity().isPresent()
                && (parent == null || !column.defaultExpression().equals(parent.defaultExpression()))) {
            node.put("default", column.defaultExpression());
        } else if (column.defaultExpression() == null && !column.isGenerated() && !column.identity().isPresent()
                && parent != null && parent.defaultExpression() != null) {
            // PARTITION OF would copy the parent's default; a partition without one (pg_dump sets the parent's
            // with ONLY) says so, and PostgreSQL stores no default for NULL
            node.put("default", "NULL");
        }
        put(node, "comment", column.comment());
        return node.size() > 1 ? node : null;
    }

    /** The parent index is in the parent's schema, which {@code partition_of} names. */
    static Map<String, Object> attachedIndex(AttachedIndex attached) {
        Map<String, Object> node = named(attached.name());
        node.put("index", attached.parentIndex().name());
        put(node, "comment", attached.comment());
        return node;
    }

    static Map<String, Object> column(Column column) {
        Map<String, Object> node = named(column.name());
        node.put("type", column.type());
        if (column.notNull()) {
            node.put("nullable", false);
        }
        put(node, "default", column.defaultExpression());
        if (column.identity().isPresent()) {
            node.put("identity", identity(column.identity()));
        }
        put(node, "generated", column.generatedExpression());
        put(node, "collation", column.collation());
        put(node, "comment", column.comment());
        put(node, "statistics", column.settings().statistics());
        put(node, "storage", column.settings().storage());
        put(node, "compression", column.settings().compression());
        if (!column.settings().options().isEmpty()) {
            node.put("options", settings(column.settings().options()));
        }
        return node;
    }

    private static Map<String, Object> identity(Identity identity) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("generation", identity.kind() == Identity.IdentityKind.ALWAYS ? "always" : "by_default");
        Identity.IdentitySequenceOptions options = identity.options();
        if (options != null) {
            node.put("start", options.start());
            node.put("increment", options.increment());
            node.put("min_value", options.minValue());
            node.put("max_value", options.maxValue());
            node.put("cache", options.cache());
            node.put("cycle", options.cycle());
        }
        return node;
    }

    static Map<String, Object> constraint(Constraint constraint) {
        Map<String, Object> node = named(constraint.name());
        node.put("definition", constraint.definition());
        put(node, "comment", constraint.comment());
        return node;
    }

    static Map<String, Object> index(Index index) {
        Map<String, Object> node = named(index.name());
        node.put("definition", index.definition());
        put(node, "comment", index.comment());
        if (!index.statistics().isEmpty()) {
            node.put("statistics", new LinkedHashMap<>(index.statistics()));
        }
        return node;
    }

    static Map<String, Object> trigger(Trigger trigger) {
        Map<String, Object> node = named(trigger.name());
        node.put("definition", trigger.definition());
        switch (trigger.enabled()) {
            case 'D' -> node.put("enabled", false);
            case 'R' -> node.put("enabled", "replica");
            case 'A' -> node.put("enabled", "always");
            default -> { }
        }
        put(node, "comment", trigger.comment());
        return node;
    }

    static Map<String, Object> policy(Policy policy) {
        Map<String, Object> node = named(policy.name());
        node.put("command", policy.command().toLowerCase(Locale.ROOT));
        if (!policy.permissive()) {
            node.put("permissive", false);
        }
        if (!policy.roles().equals(List.of("PUBLIC"))) {
            node.put("roles", policy.roles().stream().map(r -> r.equals("PUBLIC") ? "public" : r).toList());
        }
        put(node, "using", policy.using());
        put(node, "with_check", policy.withCheck());
        put(node, "comment", policy.comment());
        return node;
    }

    /** A view; {@code typed}: its columns with their types, which make the loader create a placeholder first. */
    static Map<String, Object> view(View view, boolean typed) {
        Map<String, Object> node = named(view.name().name());
        boolean commented = view.columns().stream().anyMatch(c -> c.comment() != null || c.defaultValue() != null);
        if (commented || typed) {
            List<Object> columns = new ArrayList<>();
            for (View.ViewColumn column : view.columns()) {
                if (column.comment() == null && column.defaultValue() == null && !typed) {
                    columns.add(column.name());
                } else {
                    Map<String, Object> item = named(column.name());
                    put(item, "type", typed ? column.type() : null);
                    put(item, "collation", typed ? column.collation() : null);
                    put(item, "default", column.defaultValue());
                    put(item, "comment", column.comment());
                    columns.add(item);
                }
            }
            node.put("columns", columns);
        }
        if (!view.options().isEmpty()) {
            node.put(view.materialized() ? "storage" : "options", settings(view.options()));
        }
        node.put("query", view.definition());
        putList(node, "indexes", view.indexes().stream().map(i -> (Object) index(i)).toList());
        put(node, "comment", view.comment());
        return node;
    }

    static Map<String, Object> routine(Routine routine) {
        Map<String, Object> node = named(routine.name().name());
        node.put("arguments", routine.identityArguments());
        node.put("definition", routine.definition());
        put(node, "comment", routine.comment());
        return node;
    }

    /** {@code name=value} entries (reloptions) as a mapping of strings. */
    static Map<String, Object> settings(List<String> entries) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            settings.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "true" : entry.substring(eq + 1));
        }
        return settings;
    }

    static Map<String, Object> named(String name) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", name);
        return node;
    }

    static void put(Map<String, Object> node, String key, Object value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    static void putList(Map<String, Object> node, String key, List<?> values) {
        if (!values.isEmpty()) {
            node.put(key, values);
        }
    }
}
