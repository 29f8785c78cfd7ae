package dev.converge.source.write;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.converge.model.Catalog;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * Partitions whose copy of a NOT VALID check is unvalidated, which must be created before the check: PostgreSQL
 * validates the copy of a partition created after it. The plan puts the partition first, but inspect output splits
 * the plan into one file per schema, and the loader runs a statement whose parent table does not exist yet after
 * the others: a partition in another schema than its partitioned root would come after the root's checks. So such
 * a partition's CREATE TABLE is written in its root's file, where the plan's order holds.
 */
final class UnvalidatedPartitions {

    private UnvalidatedPartitions() {
    }

    /** By partition name ({@code schema.name}, as plan statements name tables), its root's schema where they differ. */
    static Map<String, String> rootSchemas(Catalog catalog) {
        Map<QualifiedName, Table> tables = catalog.tablesByName();
        Map<String, String> roots = new HashMap<>();
        for (Table table : catalog.tables()) {
            if (!table.isPartition()) {
                continue;
            }
            Table at = table;
            boolean unvalidated = false;
            for (int depth = 0; at.isPartition() && depth < tables.size(); depth++) {
                Table parent = tables.get(at.partitionOf().parent());
                if (parent == null) {
                    break;
                }
                unvalidated |= !notValidChecks(parent).stream().allMatch(table.validatedCheckCopies()::contains);
                at = parent;
            }
            if (unvalidated && !at.name().schema().equals(table.name().schema())) {
                roots.put(table.name().toString(), at.name().schema());
            }
        }
        return roots;
    }

    private static Set<String> notValidChecks(Table table) {
        return table.constraints().stream().filter(c -> c.kind() == ConstraintKind.CHECK && c.notValid())
                .map(Constraint::name).collect(Collectors.toSet());
    }
}
