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
            // reads and rewrites the table changes above: children are created with their parents, and what a
            // parent's change reaches by itself is left out of its children
            (current, desired, found, context) -> InheritanceDiffer.diff(current, desired, found),
            // reads and rewrites the parents left above (NO INHERIT, DETACH PARTITION): what the table has from the
            // parent, the check copies it drops, and the adds of checks it keeps as copies
            (current, desired, found, context) -> LeftParents.fill(current, desired, found),
            // reads the unique keys dropped and the columns retyped or dropped above
            (current, desired, found, context) -> DependentForeignKeys.recreate(current, desired, found),
            // reads the tables dropped and created again and the sequence owners above: their rows are kept
            (current, desired, found, context) -> RecreatedTables.keepRows(current, desired, found),
            // reads the enums rebuilt above: indexes and checks that name them are built again around the rebuild
            (current, desired, found, context) -> RebuiltTypeUsers.recreate(current, desired, found),
            DiffPass.independent(TableOptionsDiffer::diff),
            // reads the tables dropped and the columns retyped or dropped above
            (current, desired, found, context) -> PolicyDiffer.diff(current, desired, found),
            DiffPass.independent(FunctionDiffer::diff),
            // reads the functions dropped and created again above: their triggers go and come back with them
            (current, desired, found, context) -> TriggerDiffer.diff(current, desired, found),
            // reads the tables dropped and created again above: their triggers, policies and options come back
            (current, desired, found, context) -> RecreatedTableDependents.recreate(desired, found),
            DiffPass.independent(ViewDiffer::diff),
            // reads the objects dropped or retyped above: what uses them is dropped and created again around them
            (current, desired, found, context) -> DefinedObjectDiffer.diff(current, desired, found),
            // reads the objects dropped above: indexes that use them are built again around the drop
            (current, desired, found, context) -> DependentIndexes.recreate(current, desired, found),
            // reads and rewrites: views in the way of any change above are dropped and re-created around it
            (current, desired, found, context) -> DependentObjects.recreate(current, desired, found),
            // reads the views re-created above: the triggers and rules on them are re-created with them
            (current, desired, found, context) -> DefinedObjectDiffer.recreateDisturbed(current, desired, found),
            // reads the functions and views dropped above: the triggers, policies, checks and defaults of kept
            // tables that use them are dropped and created again around them (generated columns: refused)
            (current, desired, found, context) -> DisturbedTableParts.recreate(current, desired, found),
            // reads the objects and functions dropped above: the indexes that use them are built again
            (current, desired, found, context) -> DependentIndexes.recreate(current, desired, found),
            // reads the tables, columns, indexes and materialized views created, retyped or dropped above: what their
            // settings are then
            (current, desired, found, context) -> SettingsDiffer.diff(current, desired, found),
            // reads: objects dropped (and re-created) by any change above lose their privileges with them
            GrantDiffer::diff,
            // reads the tables and indexes dropped above: partitions' attached indexes get their desired names
            (current, desired, found, context) -> AttachedIndexes.name(current, desired, found),
            // reads and rewrites the indexes created above: a partition's own index equal to a parent's index is not
            // the one its parent's index takes (created after it, or dropped before and created again after)
            (current, desired, found, context) -> PartitionOwnIndexes.order(current, desired, found),
            // reads and rewrites the keys added and the partitions attached above: the same for primary keys and
            // unique constraints
            (current, desired, found, context) -> PartitionOwnKeys.order(current, desired, found),
            // rewrites the foreign keys added above to partitioned tables (which cannot take them NOT VALID)
            (current, desired, found, context) -> PartitionedTables.markForeignKeys(desired, found),
            // rewrites the partitions created above whose parent keeps a DEFAULT partition: its rows move into them
            (current, desired, found, context) -> DefaultPartitionRows.route(current, desired, found),
            // reads the tables created, dropped or attached and the constraints added above: a partition's copy of
            // a NOT VALID check they make again is validated only as the order of creation happens to decide
            (current, desired, found, context) -> ValidatedCheckCopies.validate(current, desired, found));

    /**
     * Where the catalogs come from and who will run the plan. {@code fromDatabases}: both catalogs were read from
     * databases, so their privileges spell out what PostgreSQL grants every new object by itself (PUBLIC's EXECUTE
     * on a function, USAGE on a type), and an object the plan creates starts with those. {@code creatingRole}: the
     * role that will create objects, whose default privileges (ALTER DEFAULT PRIVILEGES FOR ROLE) new objects get;
     * null when unknown.
     */
    public record Context(boolean fromDatabases, String creatingRole) {
        /** Catalogs built by hand (tests): privileges are exactly those listed. */
        public static final Context UNKNOWN = new Context(false, null);
        /** Catalogs read from databases, the creating role unknown. */
        public static final Context DATABASES = new Context(true, null);

        /** Catalogs read from databases, the plan run as {@code role}. */
        public static Context runAs(String role) {
            return new Context(true, role);
        }
    }

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
        return diff(currentBeforeRenames, desired, hints, Context.UNKNOWN);
    }

    /** Like {@link #diff(Catalog, Catalog, List)}, for a plan that {@code context} describes the session of. */
    public static ChangeSet diff(Catalog currentBeforeRenames, Catalog desired, List<RenameHint> hints,
                                 Context context) {
        Objects.requireNonNull(currentBeforeRenames, "current");
        Objects.requireNonNull(desired, "desired");
        Renames.Outcome renames = Renames.apply(currentBeforeRenames, desired, hints);
        ChangeSet found = new ChangeSet(renames.changes());
        for (DiffPass pass : PASSES) {
            found = pass.apply(renames.current(), desired, found, context);
        }
        // last: reads the hints, and the sequences dropped (whose privileges the passes above have settled)
        return Conversions.apply(found, hints);
    }
}
