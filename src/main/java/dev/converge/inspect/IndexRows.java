package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.converge.model.AttachedIndex;
import dev.converge.model.Index;

/** Maps rows of {@code indexes.sql} to {@link Index}es and of {@code attached_indexes.sql}. */
final class IndexRows {

    private IndexRows() {
    }

    static TablePart<Index> map(ResultSet row) throws SQLException {
        Index index = new Index(
                row.getString("index_name"),
                Rows.qualifiedName(row, "schema_name", "table_name"),
                row.getBoolean("is_unique"),
                row.getString("method"),
                Rows.textArray(row, "columns"),
                row.getString("predicate"),
                row.getString("definition"),
                row.getString("comment"),
                row.getBoolean("is_valid"),
                statistics(Rows.textArray(row, "statistics")));
        return new TablePart<>(row.getLong("table_oid"), index);
    }

    /** Maps rows of {@code attached_indexes.sql}. */
    static TablePart<AttachedIndex> attached(ResultSet row) throws SQLException {
        return new TablePart<>(row.getLong("table_oid"), new AttachedIndex(row.getString("index_name"),
                Rows.qualifiedName(row, "parent_schema", "parent_name"), row.getString("comment")));
    }

    /** {@code n=target} strings, as the query prints them, to a map from column number to target. */
    private static SortedMap<Integer, Integer> statistics(List<String> entries) {
        SortedMap<Integer, Integer> statistics = new TreeMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            statistics.put(Integer.parseInt(entry.substring(0, eq)), Integer.parseInt(entry.substring(eq + 1)));
        }
        return statistics;
    }
}
