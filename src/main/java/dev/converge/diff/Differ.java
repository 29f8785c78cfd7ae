package dev.converge.diff;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateSchema;
import dev.converge.change.DropSchema;
import dev.converge.change.SetComment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.converge.model.Catalog;
import dev.converge.model.RenameHint;
import dev.converge.model.ObjectRef;

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
     *         expressed as DDL Converge runs safely (e.g. a domain's base type changes while columns use it)
     */
    public static ChangeSet diff(Catalog current, Catalog desired) {
        return diff(current, desired, List.of());
    }

    /**
     * Like {@link #diff(Catalog, Catalog)}, first turning the user's rename hints into renames, so that a renamed
     * object keeps its data instead of being dropped and created.
     */
    public static ChangeSet diff(Catalog currentBeforeRenames, Catalog desired, List<RenameHint> hints) {
        Objects.requireNonNull(currentBeforeRenames, "current");
        Objects.requireNonNull(desired, "desired");
        Renames.Outcome renames = Renames.apply(currentBeforeRenames, desired, hints);
        Catalog current = renames.current();
        List<Change> changes = new ArrayList<>(renames.changes());
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
        // types helper: domains, composite types, extensions
        TypeDiffer.diff(current, desired, changes);
        ExtensionDiffer.diff(current, desired, changes);
        DependentForeignKeys.recreate(current, desired, changes);
        // security: they look at what the changes above drop, so they follow the other differs
        TableOptionsDiffer.diff(current, desired, changes);
        PolicyDiffer.diff(current, desired, changes);
        // functions and triggers
        Set<ObjectRef> recreatedFunctions = FunctionDiffer.diff(current, desired, changes);
        TriggerDiffer.diff(current, desired, recreatedFunctions, changes);
        // views and materialized views; then whatever depends on a disturbed object moves out of the way (last)
        ViewDiffer.diff(current, desired, changes);
        DependentObjects.recreate(current, desired, changes);
        // last: objects dropped (and re-created) by any change above lose their privileges with them
        GrantDiffer.diff(current, desired, changes);
        return new ChangeSet(changes);
    }
}
