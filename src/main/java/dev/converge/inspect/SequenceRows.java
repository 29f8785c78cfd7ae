package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.converge.model.ColumnRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Sequence;

/** Maps rows of {@code sequences.sql} to {@link Sequence}s with their OWNED BY column. */
final class SequenceRows {

    private SequenceRows() {
    }

    static Sequence map(ResultSet row) throws SQLException {
        QualifiedName ownerTable = Rows.qualifiedName(row, "owner_schema", "owner_table");
        return new Sequence(
                Rows.qualifiedName(row, "schema_name", "sequence_name"),
                row.getString("data_type"),
                row.getLong("start_value"),
                row.getLong("increment"),
                row.getLong("min_value"),
                row.getLong("max_value"),
                row.getLong("cache"),
                row.getBoolean("cycle"),
                ownerTable == null ? null : new ColumnRef(ownerTable, row.getString("owner_column")),
                row.getString("comment"));
    }
}
