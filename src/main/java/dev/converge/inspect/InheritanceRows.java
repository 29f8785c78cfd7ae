package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.converge.model.QualifiedName;
import dev.converge.model.TableInheritance;

/** Maps rows of {@code inheritance.sql} to {@link TableInheritance}s. */
final class InheritanceRows {

    private InheritanceRows() {
    }

    static TableInheritance map(ResultSet row) throws SQLException {
        List<String> schemas = Rows.textArray(row, "parent_schemas");
        List<String> names = Rows.textArray(row, "parent_names");
        List<QualifiedName> parents = new ArrayList<>();
        for (int i = 0; i < schemas.size(); i++) {
            parents.add(QualifiedName.of(schemas.get(i), names.get(i)));
        }
        return new TableInheritance(Rows.qualifiedName(row, "schema_name", "table_name"), parents,
                Rows.textArray(row, "inherited_columns"));
    }
}
