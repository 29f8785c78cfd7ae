package dev.converge.plan;

import java.util.Set;

import dev.converge.model.QualifiedName;

/**
 * What rendering one change may depend on besides the change itself. {@code newTables} are the tables (and
 * materialized views) the same plan creates: their constraints and indexes touch no existing rows and so carry no
 * hazards. {@code backup} is null to drop for real, else dropped tables and columns are kept (see
 * {@link BackupSql}); {@code droppedTables} are the tables the plan drops (with a backup, their owned sequences
 * move with them). {@code afterCommit} says that the change runs after the plan's transaction (see
 * {@link AfterCommit}), where index work is CONCURRENTLY. {@code created} are the keys of every object the plan
 * creates that nothing uses yet (the changes their families call {@code createsIsolated}): a statement on one of
 * them changes nothing anyone relies on, so it carries no hazard (a REVOKE of the EXECUTE a new function starts
 * with for PUBLIC). {@code shapesCompared} are the column shapes ({@link ObjectKey.Kind#COLUMN_SHAPE}) a change of
 * the plan requires (INHERIT compares them): their alters must be complete inside the transaction.
 */
record RenderContext(Set<QualifiedName> newTables, Backup backup, Set<QualifiedName> droppedTables,
                     boolean afterCommit, Set<ObjectKey> created, Set<ObjectKey> shapesCompared) {

    RenderContext {
        newTables = Set.copyOf(newTables);
        droppedTables = Set.copyOf(droppedTables);
        created = Set.copyOf(created);
        shapesCompared = Set.copyOf(shapesCompared);
    }

    RenderContext(Set<QualifiedName> newTables, Backup backup, Set<QualifiedName> droppedTables,
                  boolean afterCommit) {
        this(newTables, backup, droppedTables, afterCommit, Set.of(), Set.of());
    }

    /** A plan without backups, rendering inside the transaction. */
    static RenderContext of(Set<QualifiedName> newTables) {
        return new RenderContext(newTables, null, Set.of(), false);
    }

    RenderContext afterCommit(boolean value) {
        return value == afterCommit ? this
                : new RenderContext(newTables, backup, droppedTables, value, created, shapesCompared);
    }

    RenderContext withCreated(Set<ObjectKey> keys) {
        return new RenderContext(newTables, backup, droppedTables, afterCommit, keys, shapesCompared);
    }

    RenderContext withShapesCompared(Set<ObjectKey> keys) {
        return new RenderContext(newTables, backup, droppedTables, afterCommit, created, keys);
    }

    /** True when a change of the plan compares the shape of this column (see {@code shapesCompared}). */
    boolean shapeCompared(QualifiedName table, String column) {
        return shapesCompared.contains(ObjectKey.columnShape(table, column));
    }

    /** True when the plan creates every object these keys name (and nothing uses them yet). */
    boolean createsAll(Set<ObjectKey> keys) {
        return !keys.isEmpty() && created.containsAll(keys);
    }

    boolean isNew(QualifiedName table) {
        return newTables.contains(table);
    }

    boolean keepsBackups() {
        return backup != null;
    }
}
