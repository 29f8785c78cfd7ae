package dev.converge.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.converge.change.DropColumn;
import dev.converge.change.DropTable;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.model.Table;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/**
 * The statements of a drop under {@code --backup}. A table is renamed to {@code <schema>__<table>__<stamp>} and
 * moved into the backup schema (rename first, so that two schemas' tables of one name never collide there): its
 * rows, indexes, owned sequences and triggers go with it, and nothing is deleted. A column's values are copied
 * with the table's primary key (all the other columns when it has none) into a backup table before the column is
 * dropped. Each backup table carries a comment with what it holds (see {@link #comment}), which is what
 * {@code converge backups} reads to list them and write the restore SQL. Neither statement deletes data, so they
 * carry no deletes-data hazard.
 */
final class BackupSql {

    private static final int MAX_IDENTIFIER_BYTES = 63;

    private BackupSql() {
    }

    static List<Statement> dropTable(DropTable d, Backup backup) {
        QualifiedName name = d.table().name();
        String moved = backupName(backup, name.schema(), name.name());
        String object = name.toString();
        List<Statement> statements = new ArrayList<>();
        createSchema(object, backup, statements);
        statements.addAll(List.of(
                Statements.of(Action.DROP, Subject.of(Kind.TABLE, name), "drop table " + object + " (backup: rename to "
                        + moved + ")", "ALTER TABLE " + SqlText.qualified(name) + " RENAME TO "
                        + SqlText.identifier(moved)),
                Statements.of(Action.DROP, Subject.of(Kind.TABLE, name), "drop table " + object + " (backup: move into "
                        + Backup.SCHEMA + ")", "ALTER TABLE " + SqlText.qualified(new QualifiedName(name.schema(),
                        moved)) + " SET SCHEMA " + SqlText.identifier(Backup.SCHEMA)),
                comment(object, new QualifiedName(Backup.SCHEMA, moved),
                        comment("table", name.schema(), name.name(), null, List.of(), backup))));
        return statements;
    }

    static List<Statement> dropColumn(DropColumn d, Backup backup) {
        QualifiedName table = d.table();
        String column = d.column().name();
        String object = table + "." + column;
        List<String> key = key(backup, table, column);
        QualifiedName copy = new QualifiedName(Backup.SCHEMA,
                backupName(backup, table.schema(), table.name() + "__" + column));
        List<String> selected = new ArrayList<>(key);
        selected.add(column);
        List<Statement> statements = new ArrayList<>();
        createSchema(object, backup, statements);
        statements.add(Statements.of(Action.CREATE, Subject.of(Kind.TABLE, copy), "back up column " + object + " into "
                        + copy, "CREATE TABLE " + SqlText.qualified(copy) + " AS SELECT "
                        + String.join(", ", selected.stream().map(SqlText::identifier).toList()) + " FROM "
                        + SqlText.qualified(table)));
        statements.add(comment(object, copy, comment("column", table.schema(), table.name(), column, key, backup)));
        statements.add(Statements.of(Action.DROP, Subject.member(Kind.COLUMN, table, column), "drop column "
                + object + " (values kept in " + copy + ")", "ALTER TABLE " + SqlText.qualified(table) + " DROP COLUMN "
                + SqlText.identifier(column), Set.of()));
        return statements;
    }

    /** The primary key's columns; without one, every other column, so that a row can still be matched. */
    private static List<String> key(Backup backup, QualifiedName table, String column) {
        Table current = backup.current().table(table).orElse(null);
        if (current == null) {
            return List.of();
        }
        return current.primaryKey().map(Constraint::columns).filter(c -> !c.contains(column))
                .orElseGet(() -> current.columns().stream().map(Column::name).filter(c -> !c.equals(column))
                        .toList());
    }

    /**
     * Only while the schema does not exist: PostgreSQL checks CREATE on the database before IF NOT EXISTS, so a
     * role without it (a DBA made the schema for it) could otherwise never back anything up.
     */
    private static void createSchema(String object, Backup backup, List<Statement> statements) {
        if (!backup.schemaExists()) {
            statements.add(Statements.of(Action.CREATE, Subject.schema(Backup.SCHEMA), "backup schema for " + object,
                    "CREATE SCHEMA IF NOT EXISTS " + SqlText.identifier(Backup.SCHEMA)));
        }
    }

    private static Statement comment(String object, QualifiedName table, String text) {
        return Statements.of(Action.ALTER, Subject.of(Kind.TABLE, table), "label the backup of " + object,
                "COMMENT ON TABLE " + SqlText.qualified(table) + " IS " + SqlText.literal(text));
    }

    /**
     * One {@code name: value} per line after the marker: kind (table or column), schema, table, column, one
     * {@code key:} line per key column, and the time.
     */
    static String comment(String kind, String schema, String table, String column, List<String> key,
                          Backup backup) {
        StringBuilder text = new StringBuilder(Backup.MARKER).append("\nkind: ").append(kind)
                .append("\nschema: ").append(schema).append("\ntable: ").append(table);
        if (column != null) {
            text.append("\ncolumn: ").append(column);
        }
        key.forEach(k -> text.append("\nkey: ").append(k));
        return text.append("\nat: ").append(backup.at()).toString();
    }

    /** {@code <schema>__<name>__<stamp>}, the front cut so that it fits PostgreSQL's 63 bytes with the stamp. */
    static String backupName(Backup backup, String schema, String name) {
        String suffix = "__" + backup.stamp();
        String front = schema + "__" + name;
        while (front.getBytes(StandardCharsets.UTF_8).length + suffix.length() > MAX_IDENTIFIER_BYTES) {
            front = front.substring(0, front.length() - 1);
        }
        return front + suffix;
    }
}
