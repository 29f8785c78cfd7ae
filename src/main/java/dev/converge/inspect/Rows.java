package dev.converge.inspect;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.converge.model.QualifiedName;

/** Small readers for the column shapes the catalog queries return and JDBC does not read directly. */
final class Rows {

    private Rows() {
    }

    /** A {@code text[]} column as a list in array order; an SQL NULL array is an empty list. */
    static List<String> textArray(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /** Two name columns as a qualified name, or null when the first is NULL (e.g. an outer join found nothing). */
    static QualifiedName qualifiedName(ResultSet row, String schemaColumn, String nameColumn) throws SQLException {
        String schema = row.getString(schemaColumn);
        return schema == null ? null : QualifiedName.of(schema, row.getString(nameColumn));
    }

    /**
     * A PostgreSQL {@code "char"} column as a Java char; the catalogs use {@code '\0'} (read as an empty string)
     * for "none", returned here as {@code ' '}.
     */
    static char code(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null || value.isEmpty() ? ' ' : value.charAt(0);
    }
}
