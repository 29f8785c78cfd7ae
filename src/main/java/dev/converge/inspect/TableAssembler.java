package dev.converge.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.converge.model.AttachedIndex;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.Index;
import dev.converge.model.Table;

/**
 * Puts the columns, constraints and indexes read by the bulk queries into their tables, grouping by table oid
 * in one pass over each list (with partitions' attached indexes and validated copies of NOT VALID checks). Parts
 * keep the order the queries return (columns in attribute order).
 */
final class TableAssembler {

    private TableAssembler() {
    }

    static List<Table> assemble(List<TableRow> tables, List<TablePart<Column>> columns,
                                List<TablePart<Constraint>> constraints, List<TablePart<Index>> indexes) {
        return assemble(tables, columns, constraints, indexes, List.of(), List.of());
    }

    static List<Table> assemble(List<TableRow> tables, List<TablePart<Column>> columns,
                                List<TablePart<Constraint>> constraints, List<TablePart<Index>> indexes,
                                List<TablePart<AttachedIndex>> attachedIndexes,
                                List<TablePart<String>> validatedCheckCopies) {
        Map<Long, List<AttachedIndex>> attachedByTable = byTable(attachedIndexes);
        Map<Long, List<String>> validatedByTable = byTable(validatedCheckCopies);
        Map<Long, List<Column>> columnsByTable = byTable(columns);
        Map<Long, List<Constraint>> constraintsByTable = byTable(constraints);
        Map<Long, List<Index>> indexesByTable = byTable(indexes);
        List<Table> result = new ArrayList<>(tables.size());
        for (TableRow table : tables) {
            result.add(new Table(
                    table.name(),
                    table.unlogged(),
                    columnsByTable.getOrDefault(table.oid(), List.of()),
                    constraintsByTable.getOrDefault(table.oid(), List.of()),
                    indexesByTable.getOrDefault(table.oid(), List.of()),
                    table.comment(),
                    table.partitionKey(),
                    table.partitionOf(),
                    attachedByTable.getOrDefault(table.oid(), List.of()),
                    validatedByTable.getOrDefault(table.oid(), List.of())));
        }
        return result;
    }

    private static <T> Map<Long, List<T>> byTable(List<TablePart<T>> parts) {
        Map<Long, List<T>> grouped = new HashMap<>();
        for (TablePart<T> part : parts) {
            grouped.computeIfAbsent(part.tableOid(), oid -> new ArrayList<>()).add(part.part());
        }
        return grouped;
    }
}
