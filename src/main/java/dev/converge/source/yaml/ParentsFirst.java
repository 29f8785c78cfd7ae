package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * Tables in name order, each partition after its partitioned parent. The loader runs a statement whose parent does
 * not exist yet after the others, NOT VALID checks (added late) included, and a partition created after its
 * parent's NOT VALID check gets a validated copy of it: written after its parent, a partition is created before
 * the checks, and only {@code validated_checks} validates its copies.
 */
final class ParentsFirst {

    private ParentsFirst() {
    }

    static List<Table> order(List<Table> tables) {
        Map<QualifiedName, Table> byName = tables.stream().collect(Collectors.toMap(Table::name, Function.identity()));
        List<Table> ordered = new ArrayList<>(tables.size());
        Set<QualifiedName> placed = new HashSet<>();
        for (Table table : tables) {
            place(table, byName, placed, ordered);
        }
        return ordered;
    }

    private static void place(Table table, Map<QualifiedName, Table> byName, Set<QualifiedName> placed,
                              List<Table> ordered) {
        if (!placed.add(table.name())) {
            return;
        }
        Table parent = table.isPartition() ? byName.get(table.partitionOf().parent()) : null;
        if (parent != null) {
            place(parent, byName, placed, ordered);
        }
        ordered.add(table);
    }
}
