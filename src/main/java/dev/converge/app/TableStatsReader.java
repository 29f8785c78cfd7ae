package dev.converge.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.converge.error.ConvergeException;
import dev.converge.lint.TableStats;
import dev.converge.model.QualifiedName;

/**
 * The size of every table in the managed schemas of the target, in one query ({@code reltuples} and
 * {@code pg_total_relation_size}), for the lint rules that care whether a table is large.
 */
final class TableStatsReader {

    private static final String SQL = """
            SELECT n.nspname, c.relname, c.reltuples::bigint, pg_catalog.pg_total_relation_size(c.oid)
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname = ANY (?)""";

    private TableStatsReader() {
    }

    static Map<QualifiedName, TableStats> read(Connection connection, Set<String> schemas) {
        Map<QualifiedName, TableStats> sizes = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sizes.put(QualifiedName.of(rows.getString(1), rows.getString(2)),
                            new TableStats(rows.getLong(3), rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new ConvergeException("reading the size of the target's tables: " + e.getMessage(),
                    e.getSQLState(), e);
        }
        return sizes;
    }
}
