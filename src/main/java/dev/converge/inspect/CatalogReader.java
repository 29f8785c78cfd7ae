package dev.converge.inspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.converge.error.ConvergeException;

/**
 * Runs one catalog query for all requested schemas at once and maps its rows, turning a {@link SQLException}
 * into a {@link ConvergeException} that names what was being read and from which database, with its SQLSTATE.
 */
final class CatalogReader {

    private final Connection connection;
    private final String database;

    CatalogReader(Connection connection, String database) {
        this.connection = connection;
        this.database = database;
    }

    /** Runs a query that takes no parameter. */
    <T> List<T> list(CatalogQuery query, RowMapper<T> mapper) {
        return run(query, null, mapper);
    }

    /** Runs a query whose one parameter is the schemas to read, as a {@code text[]}. */
    <T> List<T> list(CatalogQuery query, List<String> schemas, RowMapper<T> mapper) {
        return run(query, schemas, mapper);
    }

    private <T> List<T> run(CatalogQuery query, List<String> schemas, RowMapper<T> mapper) {
        try (PreparedStatement statement = connection.prepareStatement(OlderCatalogs.adapt(query.sql(),
                connection.getMetaData().getDatabaseMajorVersion()))) {
            if (schemas != null) {
                Array names = connection.createArrayOf("text", schemas.toArray(new String[0]));
                statement.setArray(1, names);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(query.subject(), e);
        }
    }

    ConvergeException failure(String subject, SQLException e) {
        return new ConvergeException("inspecting " + subject + " of " + database + ": " + e.getMessage(),
                e.getSQLState(), e);
    }
}
