package dev.converge.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;

/**
 * The user schemas of a database (no system, TOAST or temporary schemas, no extension-owned ones), sorted: what
 * a schema-per-tenant environment's pattern ({@code tenant_*}) is matched against.
 */
public final class SchemaNames {

    private static final String QUERY = """
            SELECT n.nspname
            FROM pg_catalog.pg_namespace n
            WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                              WHERE d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                                AND d.objid = n.oid AND d.deptype = 'e')
            ORDER BY n.nspname COLLATE "C"
            """;

    private SchemaNames() {
    }

    public static List<String> of(ConnectionSpec database) {
        try (Connection connection = database.open();
             PreparedStatement statement = connection.prepareStatement(QUERY);
             ResultSet rows = statement.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new ConvergeException("listing the schemas of " + database + ": " + database.redact(e.getMessage()),
                    e.getSQLState(), e);
        }
    }
}
