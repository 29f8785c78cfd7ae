package dev.converge.inspect;

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
 * The size of every table in the given schemas, in one query ({@code reltuples} and
 * {@code pg_total_relation_size}), for the lint rules that care whether a table is large.
 */
public final class TableSizes {

    private static final String SQL = SqlResource.load("table_sizes.sql");

    private TableSizes() {
    }

    public static Map<QualifiedName, TableStats> read(Connection connection, Set<String> schemas) {
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
