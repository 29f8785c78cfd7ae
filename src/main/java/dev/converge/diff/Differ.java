package dev.converge.diff;

import java.util.List;
import java.util.Objects;

import dev.converge.change.ChangeSet;
import dev.converge.model.Catalog;
import dev.converge.model.RenameHint;

/**
 * Compares a current and a desired catalog and returns what differs as typed changes, unordered and without SQL.
 * Objects are matched by qualified name (tables, sequences, enums), by name within their table (columns,
 * constraints, indexes) and schemas by name. Pure: no I/O.
 */
public final class Differ {

    /**
     * The passes, in order. The first ones compare one kind of object each and read nothing the others found; a
     * later pass that reads (or rewrites) what earlier passes found says what, and must stay after them.
     */
    private static final List<DiffPass> PASSES = List.of(
            DiffPass.independent(SchemaDiffer::diff),
            DiffPass.independent(EnumDiffer::diff),
            DiffPass.independent(TableDiffer::diff),
            DiffPass.independent(SequenceDiffer::diff),
            DiffPass.independent(TypeDiffer::diff),
            DiffPass.independent(ExtensionDiffer::diff),
            // reads the unique keys dropped and the columns retyped or dropped above
            DependentForeignKeys::recreate,
            DiffPass.independent(TableOptionsDiffer::diff),
            // reads the tables dropped and the columns retyped or dropped above
            PolicyDiffer::diff,
            DiffPass.independent(FunctionDiffer::diff),
            // reads the functions dropped and created again above: their triggers go and come back with them
            TriggerDiffer::diff,
            DiffPass.independent(ViewDiffer::diff),
            // reads the objects dropped or retyped above: what uses them is dropped and created again around them
            DefinedObjectDiffer::diff,
            // reads and rewrites: views in the way of any change above are dropped and re-created around it
            DependentObjects::recreate,
            // reads: objects dropped (and re-created) by any change above lose their privileges with them
            GrantDiffer::diff);

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
        ChangeSet found = new ChangeSet(renames.changes());
        for (DiffPass pass : PASSES) {
            found = pass.apply(renames.current(), desired, found);
        }
        return found;
    }
}
