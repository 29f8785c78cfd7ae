package dev.converge.diff;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CommentTarget;
import dev.converge.change.SetComment;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Table;

/**
 * The column settings a partition may have of its own: a NOT NULL its parent does not have
 * ({@code ALTER TABLE partition ALTER COLUMN c SET NOT NULL}), its default, and a comment. Everything else about a
 * partition's columns is its parent's and changes with the parent. A NOT NULL the partition merely inherits, on both
 * sides, is left to the parent's change: PostgreSQL recurses it to the partitions, and refuses to drop an inherited
 * NOT NULL on a partition alone. A default is the partition's own ({@link PartitionDefaults}): compared with what
 * the partition has once its parent's change ran.
 */
final class PartitionColumns {

    private PartitionColumns() {
    }

    static void compare(Catalog current, Catalog desired, Table have, Table want, List<Change> changes) {
        Optional<Table> currentParent = have.isPartition() ? current.table(have.partitionOf().parent())
                : Optional.empty();
        Optional<Table> desiredParent = desired.table(want.partitionOf().parent());
        for (Column wantColumn : want.columns()) {
            Column haveParent = currentParent.flatMap(p -> p.column(wantColumn.name())).orElse(null);
            Column wantParent = desiredParent.flatMap(p -> p.column(wantColumn.name())).orElse(null);
            Column haveColumn = have.column(wantColumn.name()).orElse(null);
            if (haveColumn == null) {
                if (currentParent.isPresent() && haveParent == null && wantParent != null) {
                    addedByParent(desired, want, wantColumn, wantParent, changes);
                }
                continue;
            }
            Set<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
            if (haveColumn.notNull() != wantColumn.notNull()
                    && (local(haveColumn, haveParent, Column::notNull)
                        || local(wantColumn, wantParent, Column::notNull))) {
                aspects.add(ColumnAspect.NOT_NULL);
            }
            // a parent's default changes on the parent ONLY, so each partition's is compared on its own
            String afterParent = PartitionDefaults.afterParent(haveColumn, haveParent, wantParent);
            if (!Objects.equals(afterParent, wantColumn.defaultExpression())
                    && !wantColumn.isGenerated() && !wantColumn.identity().isPresent()) {
                aspects.add(ColumnAspect.DEFAULT);
            }
            if (!aspects.isEmpty()) {
                changes.add(new AlterColumn(want.name(), haveColumn.withDefault(afterParent), wantColumn, aspects));
            }
            if (!Objects.equals(haveColumn.comment(), wantColumn.comment())) {
                changes.add(new SetComment(CommentTarget.column(want.name(), wantColumn.name()),
                        wantColumn.comment()));
            }
        }
    }

    /**
     * A column its parent gains: the ADD COLUMN of the partitioned table at the top (partitions have their
     * parent's columns, so the add is the root's) gives the partition that table's default, which a partition
     * dumped by pg_dump does not have (its parent's default was set with ONLY), and its parent's NOT NULL. The
     * partition's own default, NOT NULL and comment are set after it.
     */
    private static void addedByParent(Catalog desired, Table want, Column wantColumn, Column wantParent,
                                      List<Change> changes) {
        Column root = rootColumn(desired, want, wantColumn.name()).orElse(wantParent);
        Column reached = wantColumn.withDefault(root.defaultExpression()).withNotNull(wantParent.notNull());
        Set<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
        if (!Objects.equals(reached.defaultExpression(), wantColumn.defaultExpression())
                && !wantColumn.isGenerated() && !wantColumn.identity().isPresent()) {
            aspects.add(ColumnAspect.DEFAULT);
        }
        if (reached.notNull() != wantColumn.notNull()) {
            aspects.add(ColumnAspect.NOT_NULL);
        }
        if (!aspects.isEmpty()) {
            changes.add(new AlterColumn(want.name(), reached, wantColumn, aspects));
        }
        if (wantColumn.comment() != null) {
            changes.add(new SetComment(CommentTarget.column(want.name(), wantColumn.name()), wantColumn.comment()));
        }
    }

    /** The column of the table at the top of the partition's tree, as desired. */
    private static Optional<Column> rootColumn(Catalog desired, Table partition, String column) {
        Table table = partition;
        while (table.isPartition()) {
            Optional<Table> parent = desired.table(table.partitionOf().parent());
            if (parent.isEmpty()) {
                break;
            }
            table = parent.get();
        }
        return table == partition ? Optional.empty() : table.column(column);
    }

    /** The partition's value is its own: it differs from its parent's (or there is no parent on that side). */
    private static boolean local(Column column, Column parent, java.util.function.Function<Column, Object> value) {
        return parent == null || !Objects.equals(value.apply(column), value.apply(parent));
    }
}
