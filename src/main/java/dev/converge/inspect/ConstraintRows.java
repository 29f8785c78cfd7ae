package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.ForeignKey;

/** Maps rows of {@code constraints.sql} to {@link Constraint}s, spelling out foreign key action and match codes. */
final class ConstraintRows {

    private ConstraintRows() {
    }

    static TablePart<Constraint> map(ResultSet row) throws SQLException {
        ConstraintKind kind = ConstraintKind.fromCode(Rows.code(row, "constraint_type"));
        Constraint constraint = new Constraint(
                row.getString("constraint_name"),
                kind,
                Rows.textArray(row, "columns"),
                withIndexOptions(row.getString("definition"), row.getString("index_options")),
                row.getBoolean("deferrable"),
                row.getBoolean("initially_deferred"),
                kind == ConstraintKind.FOREIGN_KEY ? foreignKey(row) : null,
                row.getString("comment"));
        return new TablePart<>(row.getLong("table_oid"), constraint);
    }

    /**
     * pg_get_constraintdef omits a primary key's or unique constraint's index storage parameters (only pg_dump's
     * variant prints them), so they are put back where the syntax wants them: before DEFERRABLE, if any. A
     * changed fillfactor then shows as a changed definition.
     */
    static String withIndexOptions(String definition, String indexOptions) {
        if (indexOptions == null) {
            return definition;
        }
        int deferrable = definition.indexOf(" DEFERRABLE");
        int at = deferrable < 0 ? definition.length() : deferrable;
        return definition.substring(0, at) + indexOptions + definition.substring(at);
    }

    private static ForeignKey foreignKey(ResultSet row) throws SQLException {
        return new ForeignKey(
                Rows.qualifiedName(row, "referenced_schema", "referenced_table"),
                Rows.textArray(row, "referenced_columns"),
                action(Rows.code(row, "on_update")),
                action(Rows.code(row, "on_delete")),
                match(Rows.code(row, "match_type")));
    }

    /** {@code confupdtype}/{@code confdeltype} codes as written in DDL. */
    static String action(char code) {
        return switch (code) {
            case 'a' -> "NO ACTION";
            case 'r' -> "RESTRICT";
            case 'c' -> "CASCADE";
            case 'n' -> "SET NULL";
            case 'd' -> "SET DEFAULT";
            default -> throw new IllegalArgumentException("unknown foreign key action code: " + code);
        };
    }

    /** {@code confmatchtype} codes as written in DDL. */
    static String match(char code) {
        return switch (code) {
            case 'f' -> "FULL";
            case 'p' -> "PARTIAL";
            case 's' -> "SIMPLE";
            default -> throw new IllegalArgumentException("unknown foreign key match code: " + code);
        };
    }
}
