package dev.converge.diff;

import java.util.HashMap;
import java.util.Map;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.Rename;
import dev.converge.model.QualifiedName;
import dev.converge.model.RenameHint;

/**
 * The names the target still uses for tables, types and columns that a plan renames: later changes name them by
 * their new names, but the target's dependency edges (what an unmanaged view reads) carry the old ones until the
 * rename runs. A rename keeps the object (its OID), so what depends on it survives the rename itself.
 */
final class TargetNames {

    /** new qualified name of a renamed table or type -> its name in the target */
    private final Map<QualifiedName, QualifiedName> relations = new HashMap<>();
    /** table (new name) and new column name -> the column's name in the target */
    private final Map<QualifiedName, Map<String, String>> columns = new HashMap<>();

    private TargetNames() {
    }

    static TargetNames of(ChangeSet changes) {
        TargetNames names = new TargetNames();
        for (Change change : changes.changes()) {
            if (change instanceof Rename r && r.from() == null
                    && (r.target() == RenameHint.Target.TABLE || r.target() == RenameHint.Target.TYPE)) {
                names.relations.put(QualifiedName.of(r.object().schema(), r.to()), r.object());
            } else if (change instanceof Rename r && r.target() == RenameHint.Target.COLUMN) {
                names.columns.computeIfAbsent(r.object(), t -> new HashMap<>()).put(r.to(), r.from());
            }
        }
        return names;
    }

    /** The target's name of a table or type the changes name {@code name}. */
    QualifiedName relation(QualifiedName name) {
        return relations.getOrDefault(name, name);
    }

    /** The target's name of column {@code column} of the table the changes name {@code table}. */
    String column(QualifiedName table, String column) {
        return columns.getOrDefault(table, Map.of()).getOrDefault(column, column);
    }
}
