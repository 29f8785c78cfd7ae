package dev.converge.diff;

import java.util.List;
import java.util.Map;

import dev.converge.change.AlterTableOptions;
import dev.converge.change.Change;
import dev.converge.model.Catalog;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.TableOptions;

/**
 * Row-level security flags, storage parameters and replica identity of every desired table; a table the plan
 * creates starts from the defaults, so its non-default options are set right after it is created.
 */
final class TableOptionsDiffer {

    private TableOptionsDiffer() {
    }

    static void diff(Catalog current, Catalog desired, List<Change> changes) {
        Map<QualifiedName, TableOptions> have = current.tableOptionsByTable();
        Map<QualifiedName, TableOptions> want = desired.tableOptionsByTable();
        Map<QualifiedName, Table> currentTables = current.tablesByName();
        for (Table table : desired.tables()) {
            QualifiedName name = table.name();
            TableOptions c = currentTables.containsKey(name) ? have.get(name) : null;
            TableOptions d = want.get(name);
            if (c == null && d == null) {
                continue; // defaults on both sides, the common case: no need to build them
            }
            // the cluster index is SettingsDiffer's: it follows the index when that is dropped and built again
            c = c != null ? c.withClusterIndex(null) : TableOptions.defaults(name);
            d = d != null ? d.withClusterIndex(null) : TableOptions.defaults(name);
            if (!c.equals(d)) {
                changes.add(new AlterTableOptions(c, d));
            }
        }
    }
}
