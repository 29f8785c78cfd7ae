package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.converge.model.EnumType;
import dev.converge.model.Schema;

/** Maps rows of {@code schemas.sql} and {@code enums.sql}, the two kinds that need no assembly. */
final class SchemaLevelRows {

    private SchemaLevelRows() {
    }

    static Schema schema(ResultSet row) throws SQLException {
        return new Schema(row.getString("schema_name"), row.getString("comment"));
    }

    static EnumType enumType(ResultSet row) throws SQLException {
        return new EnumType(
                Rows.qualifiedName(row, "schema_name", "type_name"),
                Rows.textArray(row, "labels"),
                row.getString("comment"));
    }
}
