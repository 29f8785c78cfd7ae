package dev.converge.report;

import java.util.Objects;

/**
 * One object a report speaks about: a schema-level object with everything that belongs to it (a table with its
 * columns, constraints, indexes, triggers, policies, options and privileges). {@code id} is
 * {@code kind:name}, e.g. {@code table:public.orders} or {@code function:public.total(integer)}, stable between
 * runs; {@code definition} is a readable text of the object that changes exactly when the object does.
 */
public record ManagedObject(String id, String kind, String name, String definition) {
    public ManagedObject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    static String id(String kind, String name) {
        return kind + ":" + name;
    }

    /** The namespace an object's name lives in, as {@code source.DefinitionSite} classifies CREATE statements. */
    String family() {
        return switch (kind) {
            case "table", "view", "materialized view", "sequence" -> "relation";
            case "enum", "domain", "type" -> "type";
            case "function", "procedure" -> "routine";
            default -> kind;
        };
    }
}
