package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.converge.model.Catalog;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;
import dev.converge.model.Trigger;

/** Functions, procedures and triggers as the inspector reads them. */
class FunctionInspectionTest {

    private static final QualifiedName T = QualifiedName.of("app", "t");

    private static Catalog catalog;

    @BeforeAll
    static void inspect() {
        catalog = Inspected.catalog("""
                CREATE SCHEMA app;
                CREATE TABLE app.t (a integer, b text);
                CREATE FUNCTION app.f(x integer, y text DEFAULT 'z') RETURNS integer LANGUAGE sql AS $$ SELECT x $$;
                CREATE FUNCTION app.f(x bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT x $$;
                COMMENT ON FUNCTION app.f(bigint) IS 'the big one';
                CREATE FUNCTION app.std() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM app.t);
                CREATE PROCEDURE app.p(INOUT n integer) LANGUAGE plpgsql AS $$ BEGIN n := 1; END $$;
                CREATE AGGREGATE app.agg(integer) (SFUNC = int4pl, STYPE = integer);
                CREATE FUNCTION app.tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER t_upd AFTER UPDATE OF b, a ON app.t FOR EACH ROW WHEN (OLD.a <> NEW.a)
                    EXECUTE FUNCTION app.tf();
                CREATE CONSTRAINT TRIGGER t_con AFTER INSERT ON app.t DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW EXECUTE FUNCTION app.tf();
                ALTER TABLE app.t DISABLE TRIGGER t_con;
                COMMENT ON TRIGGER t_upd ON app.t IS 'on update';
                CREATE TABLE app.other (id integer PRIMARY KEY, t_a integer);
                CREATE TABLE app.child (id integer REFERENCES app.other);
                CREATE VIEW app.v AS SELECT a FROM app.t;
                CREATE TRIGGER v_ins INSTEAD OF INSERT ON app.v FOR EACH ROW EXECUTE FUNCTION app.tf();
                """, Set.of("app"));
    }

    @Test
    void overloadsAreDistinctAndAggregatesAreNotManaged() {
        assertThat(catalog.functions()).extracting(Routine::signature).containsExactly(
                "app.f(x bigint)", "app.f(x integer, y text)", "app.std()", "app.tf()", "app.p(INOUT n integer)");
    }

    @Test
    void functionFields() {
        Routine f = catalog.functions().stream().filter(r -> r.identityArguments().equals("x integer, y text"))
                .findFirst().orElseThrow();
        assertThat(f.kind()).isEqualTo(Routine.Kind.FUNCTION);
        assertThat(f.arguments()).isEqualTo("x integer, y text DEFAULT 'z'::text");
        assertThat(f.result()).isEqualTo("integer");
        assertThat(f.language()).isEqualTo("sql");
        assertThat(f.sqlBody()).isFalse();
        assertThat(f.definition()).startsWith("CREATE OR REPLACE FUNCTION app.f(x integer, y text DEFAULT 'z'::text)");
        assertThat(catalog.functions()).filteredOn(r -> r.identityArguments().equals("x bigint"))
                .extracting(Routine::comment).containsExactly("the big one");
    }

    @Test
    void sqlStandardBodyAndProcedure() {
        Routine std = catalog.functions().stream().filter(r -> r.name().name().equals("std")).findFirst()
                .orElseThrow();
        assertThat(std.sqlBody()).isTrue();
        assertThat(std.definition()).contains("FROM app.t");
        Routine p = catalog.functions().stream().filter(r -> r.name().name().equals("p")).findFirst()
                .orElseThrow();
        assertThat(p.kind()).isEqualTo(Routine.Kind.PROCEDURE);
        assertThat(p.result()).isNull();
    }

    @Test
    void userTriggersOnTablesOnly() {
        assertThat(catalog.triggers()).extracting(Trigger::name).containsExactly("t_con", "t_upd");
        Trigger upd = catalog.triggers().get(1);
        assertThat(upd.table()).isEqualTo(T);
        assertThat(upd.function()).isEqualTo(QualifiedName.of("app", "tf"));
        assertThat(upd.columns()).as("UPDATE OF and WHEN columns, sorted").containsExactly("a", "b");
        assertThat(upd.constraint()).isFalse();
        assertThat(upd.enabled()).isEqualTo('O');
        assertThat(upd.comment()).isEqualTo("on update");
        assertThat(upd.definition()).isEqualTo("CREATE TRIGGER t_upd AFTER UPDATE OF b, a ON app.t FOR EACH ROW "
                + "WHEN ((old.a <> new.a)) EXECUTE FUNCTION app.tf()");
        Trigger con = catalog.triggers().get(0);
        assertThat(con.constraint()).isTrue();
        assertThat(con.enabled()).isEqualTo('D');
        assertThat(con.definition()).startsWith("CREATE CONSTRAINT TRIGGER t_con AFTER INSERT ON app.t DEFERRABLE");
    }

    @Test
    void triggerColumnsAreThoseItsWhenClauseAndUpdateOfName() {
        Catalog read = Inspected.catalog("""
                CREATE SCHEMA "Sales Data";
                CREATE TABLE "Sales Data"."Order Lines" (id integer, "Unit Price" numeric, qty integer, note text);
                CREATE FUNCTION "Sales Data".tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER "Price Watch" AFTER UPDATE OF "Unit Price" ON "Sales Data"."Order Lines"
                    FOR EACH ROW EXECUTE FUNCTION "Sales Data".tf();
                CREATE TRIGGER qty_when BEFORE UPDATE ON "Sales Data"."Order Lines"
                    FOR EACH ROW WHEN (OLD.qty IS DISTINCT FROM NEW.qty AND NEW.note IS NOT NULL)
                    EXECUTE FUNCTION "Sales Data".tf();
                CREATE TRIGGER whole_row BEFORE UPDATE ON "Sales Data"."Order Lines"
                    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "Sales Data".tf();
                CREATE TRIGGER plain BEFORE INSERT ON "Sales Data"."Order Lines"
                    FOR EACH ROW EXECUTE FUNCTION "Sales Data".tf();
                """, Set.of("Sales Data"));
        assertThat(read.triggers()).extracting(Trigger::name, Trigger::columns).containsExactly(
                tuple("Price Watch", List.of("Unit Price")),
                tuple("plain", List.of()),
                tuple("qty_when", List.of("note", "qty")),
                tuple("whole_row", List.of()));
    }

    @Test
    void aggregatesAndTriggersOnViewsAreDefinedObjectsNotUnmanaged() {
        List<String> unmanaged;
        Catalog read;
        try (var db = dev.converge.testing.TestDatabase.withSql("""
                CREATE TABLE t (a integer);
                CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER t_tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
                CREATE VIEW v AS SELECT a FROM t;
                CREATE TRIGGER v_ins INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION tf();
                CREATE AGGREGATE agg(integer) (SFUNC = int4pl, STYPE = integer);
                """); var c = db.connect()) {
            unmanaged = new CatalogInspector(c).unmanagedObjects(Set.of("public"));
            read = new CatalogInspector(c).inspect(Set.of("public"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(unmanaged).isEmpty();
        assertThat(read.definedObjects()).extracting(o -> o.definition().get(0)).containsExactlyInAnyOrder(
                "CREATE AGGREGATE public.agg(integer) (SFUNC = int4pl, STYPE = integer)",
                "CREATE TRIGGER v_ins INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION public.tf()");
        assertThat(read.triggers()).extracting(Trigger::name).containsExactly("t_tr");
    }
}
