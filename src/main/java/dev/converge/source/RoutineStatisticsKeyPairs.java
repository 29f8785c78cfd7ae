package dev.converge.source;

import java.util.List;
import java.util.Map;

import dev.converge.model.Catalog;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;
import dev.converge.model.SqlText;
import dev.converge.model.Table;

/**
 * The second-print pairs of the places {@link CurrentExpressionReprint} reads besides a table's own parts: SQL-standard
 * routine bodies ({@code RETURN expr}, {@code BEGIN ATOMIC}), statistics objects' expressions and partitioned tables'
 * keys. PostgreSQL prints all three from parsed trees, so a target built from an earlier print shows another text
 * than the desired state (an IN list on varchar, a BETWEEN in an AND chain), and without the pair the routine or
 * statistics object would be replaced on every plan, and the partitioned table (whose key cannot change) refused or
 * rebuilt.
 */
final class RoutineStatisticsKeyPairs {

    private RoutineStatisticsKeyPairs() {
    }

    static void add(CurrentExpressionReprint.Pairs pairs, Catalog current, Catalog desired) {
        Map<ObjectRef, Routine> desiredRoutines = desired.functionsByRef();
        for (Routine routine : routines(current, desired)) {
            Routine wanted = desiredRoutines.get(routine.ref());
            pairs.add(k -> ExpressionPlaces.routine(k, routine), k -> ExpressionPlaces.routine(k, wanted), "", "",
                    c -> c.routine(routine, r -> new Routine(r.name(), r.identityArguments(), r.kind(),
                            r.arguments(), r.result(), r.language(), r.sqlBody(), wanted.definition(),
                            r.comment())));
        }
        statistics(pairs, current, desired);
        Map<QualifiedName, Table> desiredTables = desired.tablesByName();
        for (Table table : current.tables()) {
            Table wanted = desiredTables.get(table.name());
            if (wanted != null && pairs.differ(table.partitionKey(), wanted.partitionKey())) {
                pairs.add(k -> ExpressionPlaces.partitionKey(k, table), k -> ExpressionPlaces.partitionKey(k, wanted),
                        "", "", c -> c.table(table.name(), t -> new Table(t.name(), t.unlogged(), t.columns(),
                                t.constraints(), t.indexes(), t.comment(), wanted.partitionKey(), t.partitionOf(),
                                t.attachedIndexes(), t.validatedCheckCopies())));
            }
        }
    }

    /** The current routines with a SQL-standard body on both sides whose prints differ as a second print may. */
    static List<Routine> routines(Catalog current, Catalog desired) {
        Map<ObjectRef, Routine> wanted = desired.functionsByRef();
        CurrentExpressionReprint.Pairs pairs = new CurrentExpressionReprint.Pairs();
        return current.functions().stream().filter(r -> {
            Routine w = wanted.get(r.ref());
            return w != null && r.sqlBody() && w.sqlBody() && pairs.differ(r.definition(), w.definition());
        }).toList();
    }

    /**
     * Statistics objects whose CREATE STATISTICS differs as a second print may (what follows it, a statistics
     * target, the same), parsed again on a copy of their table's columns as each side has them.
     */
    private static void statistics(CurrentExpressionReprint.Pairs pairs, Catalog current, Catalog desired) {
        Map<ObjectRef, DefinedObject> desiredObjects = desired.definedObjectsByRef();
        for (DefinedObject statistics : current.definedObjects()) {
            DefinedObject wanted = desiredObjects.get(statistics.ref());
            if (statistics.kind() != DefinedKind.STATISTICS || wanted == null
                    || !pairs.differ(statistics.definition().get(0), wanted.definition().get(0))
                    || !tail(statistics).equals(tail(wanted))) {
                continue;
            }
            Table table = tableOf(current, statistics.definition().get(0));
            Table wantedTable = tableOf(desired, wanted.definition().get(0));
            if (table == null || wantedTable == null) {
                continue;
            }
            pairs.add(k -> ExpressionPlaces.statistics(k, statistics.name(), table, statistics.definition().get(0)),
                    k -> ExpressionPlaces.statistics(k, wanted.name(), wantedTable, wanted.definition().get(0)), "",
                    "", c -> c.object(statistics, o -> new DefinedObject(o.kind(), o.name(), o.member(), o.target(),
                            wanted.definition(), o.comment())));
        }
    }

    private static List<String> tail(DefinedObject object) {
        return object.definition().subList(1, object.definition().size());
    }

    /** The table a CREATE STATISTICS print ends with ({@code FROM schema.table}), null when none of the catalog's. */
    private static Table tableOf(Catalog catalog, String definition) {
        int from = definition.lastIndexOf(" FROM ");
        if (from < 0) {
            return null;
        }
        String name = definition.substring(from + " FROM ".length());
        return catalog.tables().stream().filter(t -> SqlText.qualified(t.name()).equals(name)).findFirst()
                .orElse(null);
    }
}
