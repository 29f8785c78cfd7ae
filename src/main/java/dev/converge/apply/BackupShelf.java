package dev.converge.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.converge.error.ConvergeException;
import dev.converge.model.QualifiedName;
import dev.converge.plan.Backup;

/**
 * Reads the backups in the backup schema: every table there whose comment starts with {@link Backup#MARKER}
 * (one {@code name: value} per line, as {@code BackupSql} writes it), newest first. Tables without that comment
 * are not Converge's and are left out.
 */
public final class BackupShelf {

    private static final String QUERY = """
            SELECT c.relname, obj_description(c.oid, 'pg_class'), pg_catalog.pg_total_relation_size(c.oid)
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p')
            ORDER BY c.relname""";

    private final Connection connection;

    public BackupShelf(Connection connection) {
        this.connection = connection;
    }

    public List<StoredBackup> list() {
        List<StoredBackup> backups = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, Backup.SCHEMA);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    StoredBackup backup = parse(rows.getString(1), rows.getString(2), rows.getLong(3));
                    if (backup != null) {
                        backups.add(backup);
                    }
                }
            }
        } catch (SQLException e) {
            throw new ConvergeException("reading the backups in schema " + Backup.SCHEMA + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
        backups.sort((a, b) -> b.at().compareTo(a.at()));
        return backups;
    }

    static StoredBackup parse(String table, String comment, long bytes) {
        if (comment == null || !comment.startsWith(Backup.MARKER + "\n")) {
            return null;
        }
        String schema = null;
        String name = null;
        String column = null;
        Instant at = null;
        List<String> key = new ArrayList<>();
        for (String line : comment.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon < 0) {
                continue;
            }
            String value = line.substring(colon + 2);
            switch (line.substring(0, colon)) {
                case "schema" -> schema = value;
                case "table" -> name = value;
                case "column" -> column = value;
                case "key" -> key.add(value);
                case "at" -> at = instant(value);
                default -> { }
            }
        }
        if (schema == null || name == null || at == null) {
            return null;
        }
        return new StoredBackup(table, new QualifiedName(schema, name), column, key, at, bytes);
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
