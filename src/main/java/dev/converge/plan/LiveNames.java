package dev.converge.plan;

import java.util.HashMap;
import java.util.Map;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.Rename;
import dev.converge.model.QualifiedName;
import dev.converge.model.RenameHint.Target;

/**
 * The names objects have on the live database before a plan runs. The differ reports changes under the names the
 * plan's renames give (a column of a renamed table is under the table's new name), but preflight queries run
 * before any rename, so they must use the old names.
 */
final class LiveNames {

    private final Map<QualifiedName, QualifiedName> tables = new HashMap<>();
    private final Map<QualifiedName, Map<String, String>> columns = new HashMap<>();

    LiveNames(ChangeSet changes) {
        for (Change change : changes.changes()) {
            if (change instanceof Rename r && r.target() == Target.TABLE) {
                tables.put(QualifiedName.of(r.object().schema(), r.to()), r.object());
            } else if (change instanceof Rename r && r.target() == Target.COLUMN) {
                columns.computeIfAbsent(r.object(), t -> new HashMap<>()).put(r.to(), r.from());
            }
        }
    }

    /** The live name of a table the plan's changes name {@code table}. */
    QualifiedName table(QualifiedName table) {
        return tables.getOrDefault(table, table);
    }

    /** The live name of a column that the plan's changes call {@code column} of {@code table}. */
    String column(QualifiedName table, String column) {
        return columns.getOrDefault(table, Map.of()).getOrDefault(column, column);
    }

    boolean columnRenamed(QualifiedName table, String column) {
        return columns.getOrDefault(table, Map.of()).containsKey(column);
    }

    /** The name the plan gives a live column of the table the plan calls {@code table}: the inverse of column(). */
    String desiredColumn(QualifiedName table, String liveColumn) {
        for (Map.Entry<String, String> rename : columns.getOrDefault(table, Map.of()).entrySet()) {
            if (rename.getValue().equals(liveColumn)) {
                return rename.getKey();
            }
        }
        return liveColumn;
    }
}
