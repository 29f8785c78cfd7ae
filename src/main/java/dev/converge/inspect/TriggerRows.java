package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.converge.model.QualifiedName;
import dev.converge.model.Trigger;

/** Maps rows of {@code triggers.sql} to {@link Trigger}s. */
final class TriggerRows {

    private TriggerRows() {
    }

    static Trigger map(ResultSet row) throws SQLException {
        return new Trigger(
                QualifiedName.of(row.getString("schema_name"), row.getString("table_name")),
                row.getString("trigger_name"),
                QualifiedName.of(row.getString("function_schema"), row.getString("function_name")),
                Rows.textArray(row, "columns"),
                row.getBoolean("is_constraint"),
                Rows.code(row, "enabled"),
                row.getString("definition"),
                row.getString("comment"));
    }
}
