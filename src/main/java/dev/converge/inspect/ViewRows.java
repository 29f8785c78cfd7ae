package dev.converge.inspect;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.converge.model.Dependency;
import dev.converge.model.Index;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.View;
import dev.converge.model.View.ViewColumn;

/** Maps rows of {@code views.sql} and {@code dependencies.sql}, and puts materialized views' indexes in place. */
final class ViewRows {

    private ViewRows() {
    }

    /** A view row before its indexes are attached. */
    record ViewRow(long oid, View view) {
    }

    static ViewRow view(ResultSet row) throws SQLException {
        List<String> names = Rows.textArray(row, "column_names");
        List<String> types = Rows.textArray(row, "column_types");
        List<String> comments = nullableTextArray(row, "column_comments");
        List<String> defaults = nullableTextArray(row, "column_defaults");
        List<String> collations = nullableTextArray(row, "column_collations");
        List<ViewColumn> columns = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            columns.add(new ViewColumn(names.get(i), types.get(i), comments.get(i), defaults.get(i),
                    collations.get(i)));
        }
        View view = new View(
                Rows.qualifiedName(row, "schema_name", "view_name"),
                row.getBoolean("materialized"),
                row.getString("definition"),
                columns,
                Rows.textArray(row, "options"),
                List.of(),
                row.getString("comment"));
        return new ViewRow(row.getLong("view_oid"), view);
    }

    /** The views with the indexes of the materialized ones, matched by oid. */
    static List<View> assemble(List<ViewRow> rows, List<TablePart<Index>> indexes) {
        Map<Long, List<Index>> byView = new HashMap<>();
        indexes.forEach(part -> byView.computeIfAbsent(part.tableOid(), oid -> new ArrayList<>()).add(part.part()));
        List<View> views = new ArrayList<>(rows.size());
        for (ViewRow row : rows) {
            View v = row.view();
            views.add(new View(v.name(), v.materialized(), v.definition(), v.columns(), v.options(),
                    byView.getOrDefault(row.oid(), List.of()), v.comment()));
        }
        return views;
    }

    static Dependency dependency(ResultSet row) throws SQLException {
        return new Dependency(ref(row, "dependent"), ref(row, "referenced"));
    }

    private static ObjectRef ref(ResultSet row, String side) throws SQLException {
        return new ObjectRef(
                ObjectKind.valueOf(row.getString(side + "_kind")),
                QualifiedName.of(row.getString(side + "_schema"), row.getString(side + "_name")),
                row.getString(side + "_member"));
    }

    /** A {@code text[]} whose elements may be NULL (e.g. columns without a comment). */
    private static List<String> nullableTextArray(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
