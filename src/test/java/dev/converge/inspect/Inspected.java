package dev.converge.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import dev.converge.model.Catalog;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.testing.TestDatabase;

/** Test helper: builds a database from SQL and reads it back with the inspector, for one assertion block. */
final class Inspected {

    private Inspected() {
    }

    static Catalog catalog(String sql, Set<String> schemas) {
        try (TestDatabase db = TestDatabase.withSql(sql); Connection c = db.connect()) {
            return new CatalogInspector(c, db::connect).inspect(schemas); // two connections, as the workflows read
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Table table(Catalog catalog, String schema, String name) {
        return catalog.table(QualifiedName.of(schema, name))
                .orElseThrow(() -> new AssertionError("no table " + schema + "." + name + " in " + catalog.tables()));
    }
}
