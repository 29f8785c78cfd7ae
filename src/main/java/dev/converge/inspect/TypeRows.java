package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.converge.model.CompositeType;
import dev.converge.model.Domain;
import dev.converge.model.DomainConstraint;
import dev.converge.model.Extension;

/** Maps rows of {@code domains.sql}, {@code composite_types.sql} and {@code extensions.sql}. */
final class TypeRows {

    private TypeRows() {
    }

    /** The constraints come as a flat {@code {name, definition, ...}} array. */
    static Domain domain(ResultSet row) throws SQLException {
        List<String> flat = Rows.textArray(row, "constraints");
        List<DomainConstraint> constraints = new ArrayList<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            constraints.add(new DomainConstraint(flat.get(i), flat.get(i + 1)));
        }
        return new Domain(
                Rows.qualifiedName(row, "schema_name", "domain_name"),
                row.getString("base_type"),
                row.getString("default_expression"),
                row.getBoolean("not_null"),
                row.getString("collation"),
                constraints,
                row.getString("comment"));
    }

    /** The attributes come as a flat {@code {name, type, collation, ...}} array; '' is the default collation. */
    static CompositeType compositeType(ResultSet row) throws SQLException {
        List<String> flat = Rows.textArray(row, "attributes");
        List<CompositeType.Attribute> attributes = new ArrayList<>();
        for (int i = 0; i + 2 < flat.size(); i += 3) {
            String collation = flat.get(i + 2);
            attributes.add(new CompositeType.Attribute(flat.get(i), flat.get(i + 1),
                    collation == null || collation.isEmpty() ? null : collation));
        }
        return new CompositeType(Rows.qualifiedName(row, "schema_name", "type_name"), attributes,
                row.getString("comment"));
    }

    static Extension extension(ResultSet row) throws SQLException {
        return new Extension(row.getString("extension_name"), row.getString("schema_name"),
                row.getString("version"), row.getString("comment"));
    }
}
