package dev.converge.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Table;

/**
 * A partition's column defaults are its own. {@code CREATE TABLE ... PARTITION OF} copies the parent's defaults into
 * the new partition, and {@code ALTER TABLE parent ALTER COLUMN c SET DEFAULT} without ONLY passes the default on to
 * every partition; but pg_dump sets a partitioned table's defaults with ONLY, after creating its partitions, so a
 * restored partition has none (the default applies anyway to rows inserted through the parent). To build and keep
 * such a partition, a new partition's default is dropped after its CREATE where its parent has a default and it has
 * not ({@code PARTITION OF (c DEFAULT NULL)} would not do: PostgreSQL stores {@code NULL::numeric} for a
 * {@code numeric(5,2)} column, as for most types with a modifier or a domain), and a parent's default is changed
 * ONLY on the parent (plan's ColumnSql), each partition's being compared on its own ({@link PartitionColumns}).
 */
final class PartitionDefaults {

    private PartitionDefaults() {
    }

    /**
     * {@code table} as it is created: a partition's columns without a default of their own but whose parent column
     * has one, in the current or the desired state (whichever the parent has when the partition is created), get
     * {@link Column#PARENT_DEFAULT_DROPPED}.
     */
    static Table forCreate(Table table, Catalog current, Catalog desired) {
        if (!table.isPartition()) {
            return table;
        }
        Optional<Table> currentParent = current.table(table.partitionOf().parent());
        Optional<Table> desiredParent = desired.table(table.partitionOf().parent());
        List<Column> columns = table.columns().stream().map(column -> {
            if (column.defaultExpression() != null || column.isGenerated() || column.identity().isPresent()) {
                return column;
            }
            boolean parentHasOne = hasDefault(currentParent, column) || hasDefault(desiredParent, column);
            return parentHasOne ? column.withDefault(Column.PARENT_DEFAULT_DROPPED) : column;
        }).toList();
        return columns.equals(table.columns()) ? table : table.withColumns(columns);
    }

    /**
     * The default the partition column has once the parent's change ran: a type change of the parent column
     * recurses its default (which must follow the type) into the partitions; otherwise the partition keeps its own
     * (the same rule as {@code AlterColumn.defaultRecurses}, for the one aspect of a parent a partition can see
     * change: partitions share their parent's identity and generation).
     */
    static String afterParent(Column have, Column haveParent, Column wantParent) {
        boolean parentRetyped = haveParent != null && wantParent != null
                && (!haveParent.type().equals(wantParent.type())
                    || !Objects.equals(haveParent.collation(), wantParent.collation()));
        return parentRetyped ? wantParent.defaultExpression() : have.defaultExpression();
    }

    private static boolean hasDefault(Optional<Table> parent, Column column) {
        return parent.flatMap(p -> p.column(column.name())).map(c -> c.defaultExpression() != null).orElse(false);
    }
}
