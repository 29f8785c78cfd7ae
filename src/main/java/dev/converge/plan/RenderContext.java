package dev.converge.plan;

import java.util.Set;

import dev.converge.model.QualifiedName;

/**
 * What rendering one change may depend on besides the change itself. {@code newTables} are the tables (and
 * materialized views) the same plan creates: their constraints and indexes touch no existing rows and so carry no
 * hazards. {@code backup} is null to drop for real, else dropped tables and columns are kept (see
 * {@link BackupSql}); {@code droppedTables} are the tables the plan drops (with a backup, their owned sequences
 * move with them). {@code afterCommit} says that the change runs after the plan's transaction (see
 * {@link AfterCommit}), where index work is CONCURRENTLY.
 */
record RenderContext(Set<QualifiedName> newTables, Backup backup, Set<QualifiedName> droppedTables,
                     boolean afterCommit) {

    RenderContext {
        newTables = Set.copyOf(newTables);
        droppedTables = Set.copyOf(droppedTables);
    }

    /** A plan without backups, rendering inside the transaction. */
    static RenderContext of(Set<QualifiedName> newTables) {
        return new RenderContext(newTables, null, Set.of(), false);
    }

    RenderContext afterCommit(boolean value) {
        return value == afterCommit ? this : new RenderContext(newTables, backup, droppedTables, value);
    }

    boolean isNew(QualifiedName table) {
        return newTables.contains(table);
    }

    boolean keepsBackups() {
        return backup != null;
    }
}
