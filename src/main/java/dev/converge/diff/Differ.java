package dev.converge.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.converge.model.Catalog;

/**
 * Compares a current and a desired catalog and returns what differs as typed changes, unordered and without SQL.
 * Objects are matched by qualified name (tables, sequences, enums), by name within their table (columns,
 * constraints, indexes) and schemas by name. Pure: no I/O.
 */
public final class Differ {

    private Differ() {
    }

    /**
     * @throws dev.converge.error.UnsupportedChangeException naming the object when a difference cannot be
     *         expressed as DDL Converge runs safely (e.g. removing an enum value)
     */
    public static ChangeSet diff(Catalog current, Catalog desired) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        List<Change> changes = new ArrayList<>();
        Pairs.match(current.schemasByName(), desired.schemasByName(),
                schema -> changes.add(new DropSchema(schema)),
                schema -> {
                    changes.add(new CreateSchema(schema));
                    if (schema.comment() != null) {
                        changes.add(new SetComment(CommentTarget.schema(schema.name()), schema.comment()));
                    }
                },
                (c, d) -> {
                    if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.schema(d.name()), d.comment()));
                    }
                });
        EnumDiffer.diff(current, desired, changes);
        TableDiffer.diff(current, desired, changes);
        SequenceDiffer.diff(current, desired, changes);
        DependentForeignKeys.recreate(current, desired, changes);
        // security: they look at what the changes above drop, so they come last
        TableOptionsDiffer.diff(current, desired, changes);
        PolicyDiffer.diff(current, desired, changes);
        GrantDiffer.diff(current, desired, changes);
        return new ChangeSet(changes);
    }
}
