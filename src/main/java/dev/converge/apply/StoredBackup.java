package dev.converge.apply;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.plan.Backup;

/**
 * A backup kept by {@code apply --backup}: {@code backupTable} (in the backup schema) holds either a whole
 * dropped table ({@code column} null) or a dropped column's values with {@code key}, the columns that identify
 * the rows. Knows the SQL that restores and the SQL that purges it.
 */
public record StoredBackup(String backupTable, QualifiedName original, String column, List<String> key,
                           Instant at, long bytes) {

    public StoredBackup {
        key = List.copyOf(key);
    }

    public boolean isColumn() {
        return column != null;
    }

    /** {@code public.orders} or {@code public.orders.note}. */
    public String object() {
        return isColumn() ? original + "." + column : original.toString();
    }

    private String backupQualified() {
        return SqlText.qualified(new QualifiedName(Backup.SCHEMA, backupTable));
    }

    /**
     * A table moves back and takes its name again. A column's values go back into a column of that name, which
     * must exist again (add it first, with its type), matched on the key.
     */
    public String restoreSql() {
        if (!isColumn()) {
            return "ALTER TABLE " + backupQualified() + " SET SCHEMA " + SqlText.identifier(original.schema())
                    + "; ALTER TABLE " + SqlText.qualified(new QualifiedName(original.schema(), backupTable))
                    + " RENAME TO " + SqlText.identifier(original.name()) + ";";
        }
        String match = key.stream().map(k -> "t." + SqlText.identifier(k) + " = b." + SqlText.identifier(k))
                .collect(Collectors.joining(" AND "));
        return "UPDATE " + SqlText.qualified(original) + " AS t SET " + SqlText.identifier(column) + " = b."
                + SqlText.identifier(column) + " FROM " + backupQualified() + " AS b"
                + (match.isEmpty() ? "" : " WHERE " + match) + ";";
    }

    public String purgeSql() {
        return "DROP TABLE " + backupQualified() + ";";
    }
}
