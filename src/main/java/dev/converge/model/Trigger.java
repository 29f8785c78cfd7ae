package dev.converge.model;

import java.util.List;
import java.util.Objects;

/**
 * A user trigger on a table (internal triggers, e.g. of foreign keys, and clones on partitions are not).
 * {@code definition} is {@code pg_get_triggerdef(oid)} (timing, events, UPDATE OF columns, WHEN, FOR EACH,
 * constraint trigger options, the function call) and decides equality. {@code function} is the trigger function
 * (trigger functions take no declared arguments). {@code columns} are the table's columns the trigger depends on
 * (from pg_depend: those of UPDATE OF and those its WHEN clause names), sorted; they follow from the definition,
 * and planning needs them: PostgreSQL will not drop such a column or change its type under the trigger.
 * {@code enabled} is {@code pg_trigger.tgenabled}: 'O' (origin, the default), 'D' disabled, 'R' replica, 'A' always.
 */
public record Trigger(
        QualifiedName table,
        String name,
        QualifiedName function,
        List<String> columns,
        boolean constraint,
        char enabled,
        String definition,
        String comment) {

    public Trigger {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(definition, "definition");
        columns = columns.stream().sorted().distinct().toList();
    }

    /** The trigger function as a dependency target. */
    public ObjectRef functionRef() {
        return new ObjectRef(ObjectKind.FUNCTION, function, "");
    }

    /** True when both triggers are the same apart from their comment. */
    public boolean sameDefinition(Trigger other) {
        return definition.equals(other.definition) && enabled == other.enabled;
    }

    public Trigger withComment(String newComment) {
        return new Trigger(table, name, function, columns, constraint, enabled, definition, newComment);
    }
}
