package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;

/**
 * Maps rows of the defined-object queries ({@code statistics.sql}, ...), which all return the same columns:
 * kind (a {@link DefinedKind} name), schema_name, name, member, target, definition (text[]) and comment.
 */
final class DefinedObjectRows {

    private DefinedObjectRows() {
    }

    static DefinedObject map(ResultSet row) throws SQLException {
        return new DefinedObject(DefinedKind.valueOf(row.getString("kind")),
                Rows.qualifiedName(row, "schema_name", "name"), row.getString("member"), row.getString("target"),
                Rows.textArray(row, "definition"), row.getString("comment"));
    }
}
