package dev.converge.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.converge.change.RestoreRows;
import dev.converge.change.SaveRows;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/**
 * The rows of a table dropped and created again: copied into a holding table in the same schema
 * ({@code converge_rows__<table>}) before the drop, inserted into the new table afterwards (PostgreSQL routes them
 * into the new partitions) and the holding table dropped, all in the plan's one transaction. Copying through a
 * holding table, rather than renaming the old table aside, leaves every name of the old table (its indexes, its
 * partitions, its constraints) free for the new one.
 */
final class RowsSql {

    private static final String PREFIX = "converge_rows__";
    private static final int MAX_IDENTIFIER_BYTES = 63;

    private RowsSql() {
    }

    static Statement save(SaveRows s) {
        QualifiedName holding = holding(s.table());
        return Statements.of(Action.CREATE, Subject.of(Kind.TABLE, holding),
                "save the rows of " + s.table() + " (it is created again)",
                "CREATE UNLOGGED TABLE " + SqlText.qualified(holding) + " AS SELECT " + columns(s.columns())
                        + " FROM " + SqlText.qualified(s.table()));
    }

    /** The insert rewrites every row into the new table; identity sequences continue after the kept values. */
    static List<Statement> restore(RestoreRows r) {
        QualifiedName holding = holding(r.table());
        List<Statement> statements = new ArrayList<>();
        statements.add(Statements.of(Action.ALTER, Subject.of(Kind.TABLE, r.table()),
                "restore the rows of " + r.table() + " into the new table",
                "INSERT INTO " + SqlText.qualified(r.table()) + " (" + columns(r.columns()) + ")"
                        + (r.overriding() ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + columns(r.columns())
                        + " FROM " + SqlText.qualified(holding), Set.of(Hazard.TABLE_REWRITE)));
        for (String column : r.identityColumns()) {
            statements.add(Statements.of(Action.ALTER, Subject.member(Kind.SEQUENCE, r.table(), column),
                    "continue the identity of " + r.table() + "." + column + " after the restored rows",
                    "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence("
                            + SqlText.literal(SqlText.qualified(r.table())) + ", " + SqlText.literal(column)
                            + "), max(" + SqlText.identifier(column) + ")) FROM " + SqlText.qualified(r.table())));
        }
        statements.add(Statements.of(Action.DROP, Subject.of(Kind.TABLE, holding),
                "drop the saved rows of " + r.table(), "DROP TABLE " + SqlText.qualified(holding)));
        return statements;
    }

    /** {@code converge_rows__<table>}, cut to PostgreSQL's 63 bytes on a character boundary. */
    static QualifiedName holding(QualifiedName table) {
        StringBuilder name = new StringBuilder(PREFIX);
        for (int i = 0; i < table.name().length(); ) {
            int codePoint = table.name().codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            if ((name + next).getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
                break;
            }
            name.append(next);
            i += Character.charCount(codePoint);
        }
        return new QualifiedName(table.schema(), name.toString());
    }

    private static String columns(List<String> columns) {
        return String.join(", ", columns.stream().map(SqlText::identifier).toList());
    }
}
