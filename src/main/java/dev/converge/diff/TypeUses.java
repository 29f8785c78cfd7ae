package dev.converge.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlTokens;
import dev.converge.model.Table;

/**
 * Which table columns use a user type (enum, domain, composite), read from their {@code format_type} text, which is
 * schema-qualified and quoted like {@code quote_ident} because the catalog is read with an empty search_path.
 */
final class TypeUses {

    private TypeUses() {
    }

    /** A column that uses the type in both catalogs, as it is and as it should be. */
    record Use(QualifiedName table, Column current, Column desired) {
    }

    /**
     * Columns that use {@code type} (or an array of it) in the current catalog and still exist with the same type in
     * the desired one: the columns a change of the type itself has to carry along.
     */
    static List<Use> kept(Catalog current, Catalog desired, QualifiedName type) {
        List<Use> uses = new ArrayList<>();
        // By name, not Catalog.table (a scan per table made this quadratic in the number of tables).
        Map<QualifiedName, Table> desiredTables = desired.tablesByName();
        for (Table have : current.tables()) {
            Optional<Table> want = Optional.ofNullable(desiredTables.get(have.name()));
            if (want.isEmpty()) {
                continue;
            }
            for (Column column : have.columns()) {
                Optional<Column> same = want.get().column(column.name())
                        .filter(c -> c.type().equals(column.type()) && !ColumnDiffer.needsRecreate(column, c));
                if (same.isPresent() && names(column.type(), type)) {
                    uses.add(new Use(have.name(), column, same.get()));
                }
            }
        }
        return uses;
    }

    /** True when {@code formatType} is {@code type} or an array of it. */
    static boolean names(String formatType, QualifiedName type) {
        String base = formatType;
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
        }
        List<String> parts = SqlTokens.nameParts(base);
        return parts.size() == 2 && parts.get(0).equals(type.schema()) && parts.get(1).equals(type.name());
    }
}
