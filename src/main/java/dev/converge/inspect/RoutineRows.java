package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;

/** Maps rows of {@code functions.sql} to {@link Routine}s (functions and procedures). */
final class RoutineRows {

    private RoutineRows() {
    }

    static Routine map(ResultSet row) throws SQLException {
        Routine.Kind kind = Rows.code(row, "kind") == 'p' ? Routine.Kind.PROCEDURE : Routine.Kind.FUNCTION;
        return new Routine(
                QualifiedName.of(row.getString("schema_name"), row.getString("function_name")),
                row.getString("identity_arguments"),
                kind,
                row.getString("arguments"),
                row.getString("result"),
                row.getString("language"),
                row.getBoolean("sql_body"),
                row.getString("definition"),
                row.getString("comment"));
    }
}
