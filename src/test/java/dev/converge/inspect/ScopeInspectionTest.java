package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.Index;
import dev.converge.model.PartitionOf;
import dev.converge.model.QualifiedName;
import dev.converge.model.Schema;
import dev.converge.model.Table;
import dev.converge.testing.TestDatabase;

/** Which schemas are read by default, and that objects outside the requested schemas stay out. */
class ScopeInspectionTest {

    @Test
    void emptyPublicIsNotInUseButACreatedEmptySchemaIs() throws SQLException {
        try (TestDatabase db = TestDatabase.withSql("CREATE SCHEMA empty;");
             Connection c = db.connect()) {
            assertThat(new CatalogInspector(c).schemasInUse()).containsExactly("empty");
        }
    }

    /** Extensions are managed, so one installed in public puts public in scope (its members still do not count). */
    @Test
    void publicWithOnlyAnExtensionIsInUse() throws SQLException {
        try (TestDatabase db = TestDatabase.withSql("CREATE SCHEMA empty; CREATE EXTENSION pg_trgm;");
             Connection c = db.connect()) {
            assertThat(new CatalogInspector(c).schemasInUse()).containsExactly("empty", "public");
        }
    }

    @Test
    void publicWithATableIsInUse() throws SQLException {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE public.t (x int); CREATE SCHEMA b; CREATE SCHEMA a;");
             Connection c = db.connect()) {
            assertThat(new CatalogInspector(c).schemasInUse()).containsExactly("a", "b", "public");
        }
    }

    @Test
    void publicWithOnlyAFunctionIsInUse() throws SQLException {
        try (TestDatabase db = TestDatabase.withSql(
                "CREATE FUNCTION public.one() RETURNS int LANGUAGE sql AS 'SELECT 1'");
             Connection c = db.connect()) {
            assertThat(new CatalogInspector(c).schemasInUse()).containsExactly("public");
        }
    }

    @Test
    void onlyRequestedSchemasAreRead() {
        Catalog catalog = Inspected.catalog("""
                CREATE SCHEMA wanted;
                CREATE SCHEMA unwanted;
                CREATE TYPE unwanted.e AS ENUM ('x');
                CREATE SEQUENCE unwanted.s;
                CREATE TABLE unwanted.u (id int PRIMARY KEY);
                CREATE INDEX u_idx ON unwanted.u (id);
                CREATE TABLE wanted.w (id int REFERENCES unwanted.u);
                CREATE TYPE wanted.e AS ENUM ('y');
                """, Set.of("wanted", "missing", "pg_catalog", "information_schema"));
        assertThat(catalog.schemas()).extracting(Schema::name).containsExactly("wanted");
        assertThat(catalog.tables()).extracting(t -> t.name().toString()).containsExactly("wanted.w");
        assertThat(catalog.enums()).extracting(e -> e.name().toString()).containsExactly("wanted.e");
        assertThat(catalog.sequences()).isEmpty();
        assertThat(Inspected.table(catalog, "wanted", "w").foreignKeys()).hasSize(1);
    }

    @Test
    void extensionMembersAreNotRead() {
        Catalog catalog = Inspected.catalog("CREATE EXTENSION pg_trgm; CREATE TABLE public.t (x int);",
                Set.of("public"));
        assertThat(catalog.tables()).extracting(t -> t.name().toString()).containsExactly("public.t");
        assertThat(catalog.enums()).isEmpty();
        assertThat(catalog.sequences()).isEmpty();
    }

    @Test
    void partitionedTablesAndPartitionsAreTablesWithTheirKeyAndBound() {
        Catalog catalog = Inspected.catalog("""
                CREATE TABLE public.p (x int PRIMARY KEY) PARTITION BY RANGE (x);
                CREATE INDEX p_x ON public.p (x);
                CREATE TABLE public.p1 PARTITION OF public.p (CONSTRAINT small CHECK (x < 5)) FOR VALUES FROM (1) TO (10);
                CREATE TABLE public.plain (x int);
                """, Set.of("public"));
        assertThat(catalog.tables()).extracting(t -> t.name().toString())
                .containsExactly("public.p", "public.p1", "public.plain");
        Table parent = catalog.tablesByName().get(QualifiedName.of("public", "p"));
        assertThat(parent.partitionKey()).isEqualTo("RANGE (x)");
        assertThat(parent.partitionOf()).isNull();
        assertThat(parent.indexes()).extracting(Index::definition)
                .containsExactly("CREATE INDEX p_x ON ONLY public.p USING btree (x)");
        assertThat(parent.indexes().get(0).creatableDefinition())
                .isEqualTo("CREATE INDEX p_x ON public.p USING btree (x)");
        Table partition = catalog.tablesByName().get(QualifiedName.of("public", "p1"));
        assertThat(partition.partitionOf())
                .isEqualTo(new PartitionOf(QualifiedName.of("public", "p"), "FOR VALUES FROM (1) TO (10)"));
        // the key and the index cloned from the parent belong to the parent; the check is the partition's own
        assertThat(partition.constraints()).extracting(Constraint::name).containsExactly("small");
        assertThat(partition.indexes()).isEmpty();
        assertThat(partition.columns()).extracting(Column::name).containsExactly("x");
    }

    @Test
    void noSchemasMeansAnEmptyCatalog() throws SQLException {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE public.t (x int)");
             Connection c = db.connect()) {
            assertThat(new CatalogInspector(c).inspect(Set.of())).isEqualTo(Catalog.empty());
        }
    }
}
