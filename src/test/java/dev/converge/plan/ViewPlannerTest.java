package dev.converge.plan;

import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.diff.Build.TableBuilder;
import dev.converge.diff.Differ;
import dev.converge.model.Catalog;
import dev.converge.model.Dependency;
import dev.converge.model.Index;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Schema;
import dev.converge.model.Table;
import dev.converge.model.View;

/** Views in plans: creation order by dependency, dependents moved out of the way of changes, and the SQL. */
class ViewPlannerTest {

    private static final ObjectRef T_C = ObjectRef.member(ObjectKind.COLUMN, qn("public.t"), "c");

    @Test
    void viewsOnViewsAreCreatedInnermostFirstWhateverTheirNames() {
        Catalog desired = catalog(List.of(table("public.t").col("c", "text")),
                List.of(view("public.a", "b.c", "public.b"), view("public.b", "t.c", "public.t")),
                dep(ref("public.a"), ref("public.b")), dep(ref("public.b"), T_C));
        assertThat(sql(catalog(List.of(table("public.t").col("c", "text")), List.of()), desired)).containsExactly(
                "CREATE VIEW public.b AS\nSELECT t.c\n   FROM public.t",
                "CREATE VIEW public.a AS\nSELECT b.c\n   FROM public.b");
    }

    @Test
    void aColumnTypeChangeMovesTheViewsOnItOutOfTheWayTransitively() {
        List<View> views = List.of(view("public.a", "w.c", "public.w"), view("public.w", "t.c", "public.t"));
        Dependency[] deps = {dep(ref("public.a"), ref("public.w")), dep(ref("public.w"), T_C)};
        Catalog current = catalog(List.of(table("public.t").col("c", "varchar(10)")), views, deps);
        Catalog desired = catalog(List.of(table("public.t").col("c", "text")), views, deps);
        Plan plan = Planner.plan(Differ.diff(current, desired));
        assertThat(plan.statements()).extracting(Statement::sql).containsExactly(
                "DROP VIEW public.a",
                "DROP VIEW public.w",
                "ALTER TABLE public.t ALTER COLUMN c TYPE text USING c::text",
                "CREATE VIEW public.w AS\nSELECT t.c\n   FROM public.t",
                "CREATE VIEW public.a AS\nSELECT w.c\n   FROM public.w");
        assertThat(plan.statements()).extracting(Statement::summary).containsExactly(
                "drop view public.a (depends on view public.w, which is re-created; re-created below)",
                "drop view public.w (depends on public.t.c, whose type changes; re-created below)",
                "alter column public.t.c: type varchar(10) -> text",
                "re-create view public.w (dropped above: depends on public.t.c, whose type changes)",
                "re-create view public.a (dropped above: depends on view public.w, which is re-created)");
    }

    @Test
    void aDroppedTableGoesAfterTheViewOnItThatIsDroppedToo() {
        Catalog current = catalog(List.of(table("public.t").col("c", "text")),
                List.of(view("public.z", "t.c", "public.t")), dep(ref("public.z"), T_C));
        assertThat(sql(current, catalog(List.of(), List.of()))).containsExactly(
                "DROP VIEW public.z", "DROP TABLE public.t");
    }

    @Test
    void aDroppedColumnRecreatesTheViewThatKeepsItsDesiredDefinition() {
        Catalog current = catalog(List.of(table("public.t").col("c", "text").col("d", "text")),
                List.of(view("public.v", "t.c, t.d", "public.t")),
                dep(ref("public.v"), T_C), dep(ref("public.v"), ObjectRef.member(ObjectKind.COLUMN, qn("public.t"), "d")));
        Catalog desired = catalog(List.of(table("public.t").col("c", "text")),
                List.of(view("public.v", "t.c", "public.t")), dep(ref("public.v"), T_C));
        assertThat(sql(current, desired)).containsExactly(
                "DROP VIEW public.v",
                "ALTER TABLE public.t DROP COLUMN d",
                "CREATE VIEW public.v AS\nSELECT t.c\n   FROM public.t");
    }

    @Test
    void appendedColumnsReplaceTheQueryInPlaceAndOptionsAreAltered() {
        View narrow = view("public.v", "t.c", "public.t");
        View wide = new View(narrow.name(), false, " SELECT t.c,\n    t.c AS d\n   FROM public.t;",
                List.of(new View.ViewColumn("c", "text", null), new View.ViewColumn("d", "text", null)),
                List.of("security_barrier=true"), List.of(), null);
        List<TableBuilder> tables = List.of(table("public.t").col("c", "text"));
        assertThat(sql(catalog(tables, List.of(narrow)), catalog(tables, List.of(wide)))).containsExactly(
                "CREATE OR REPLACE VIEW public.v WITH (security_barrier=true) AS\nSELECT t.c,\n    t.c AS d\n"
                        + "   FROM public.t");
        View barrier = new View(narrow.name(), false, narrow.definition(), narrow.columns(),
                List.of("check_option=local"), List.of(), null);
        assertThat(sql(catalog(tables, List.of(barrier)), catalog(tables, List.of(narrow)))).containsExactly(
                "ALTER VIEW public.v RESET (check_option)");
    }

    @Test
    void aChangedMaterializedViewIsDroppedAndCreatedWithItsIndexes() {
        Index index = new Index("mv_c", qn("public.mv"), false, "btree", List.of("c"), null,
                "CREATE INDEX mv_c ON public.mv USING btree (c)", null);
        View before = new View(qn("public.mv"), true, " SELECT t.c\n   FROM public.t;",
                List.of(new View.ViewColumn("c", "text", null)), List.of(), List.of(index), null);
        View after = new View(qn("public.mv"), true, " SELECT t.c\n   FROM public.t\n  WHERE (t.c <> ''::text);",
                List.of(new View.ViewColumn("c", "text", null)), List.of(), List.of(index), null);
        ObjectRef mv = ObjectRef.of(ObjectKind.MATERIALIZED_VIEW, qn("public.mv"));
        List<TableBuilder> tables = List.of(table("public.t").col("c", "text"));
        assertThat(sql(catalog(tables, List.of(before), dep(mv, T_C)), catalog(tables, List.of(after), dep(mv, T_C))))
                .containsExactly(
                        "DROP MATERIALIZED VIEW public.mv",
                        "CREATE MATERIALIZED VIEW public.mv AS\nSELECT t.c\n   FROM public.t\n  WHERE (t.c <> ''::text)"
                                + "\n  WITH DATA",
                        "CREATE INDEX mv_c ON public.mv USING btree (c)");
    }

    /**
     * PostgreSQL records what reads a view's columns as edges to those columns: a new view on a column that another
     * view gains by CREATE OR REPLACE VIEW waits for the replace (its name sorts first, its stage comes first).
     */
    @Test
    void aNewViewOnAColumnThatAViewGainsIsCreatedAfterTheReplace() {
        List<TableBuilder> tables = List.of(table("public.t").col("c", "text").col("d", "text"));
        Catalog current = catalog(tables, List.of(view("public.v", "t.c", "public.t")), dep(ref("public.v"), T_C));
        Catalog desired = catalog(tables,
                List.of(view("public.v", "t.c, t.d", "public.t"), view("public.a", "v.d", "public.v")),
                dep(ref("public.v"), T_C), dep(ref("public.v"), column("public.t", "d")),
                dep(ref("public.a"), column("public.v", "d")));
        assertThat(sql(current, desired)).containsExactly(
                "CREATE OR REPLACE VIEW public.v AS\nSELECT t.c,\n    t.d\n   FROM public.t",
                "CREATE VIEW public.a AS\nSELECT v.d\n   FROM public.v");
    }

    /** A chain: v gains d, w is replaced to pass it on, the new view a reads it from w. */
    @Test
    void aChainOfReplacedViewsComesBeforeTheNewViewAtItsEnd() {
        List<TableBuilder> tables = List.of(table("public.t").col("c", "text").col("d", "text"));
        Catalog current = catalog(tables,
                List.of(view("public.v", "t.c", "public.t"), view("public.w", "v.c", "public.v")),
                dep(ref("public.v"), T_C), dep(ref("public.w"), column("public.v", "c")));
        Catalog desired = catalog(tables,
                List.of(view("public.v", "t.c, t.d", "public.t"), view("public.w", "v.c, v.d", "public.v"),
                        view("public.a", "w.d", "public.w")),
                dep(ref("public.v"), T_C), dep(ref("public.v"), column("public.t", "d")),
                dep(ref("public.w"), column("public.v", "c")), dep(ref("public.w"), column("public.v", "d")),
                dep(ref("public.a"), column("public.w", "d")));
        assertThat(sql(current, desired)).containsExactly(
                "CREATE OR REPLACE VIEW public.v AS\nSELECT t.c,\n    t.d\n   FROM public.t",
                "CREATE OR REPLACE VIEW public.w AS\nSELECT v.c,\n    v.d\n   FROM public.v",
                "CREATE VIEW public.a AS\nSELECT w.d\n   FROM public.w");
    }

    /** A view that reads only columns of a re-created view is moved out of the way of it too. */
    @Test
    void aViewOnColumnsOfARecreatedViewIsRecreatedWithIt() {
        List<View> views = List.of(view("public.a", "w.c", "public.w"), view("public.w", "t.c", "public.t"));
        Dependency[] deps = {dep(ref("public.a"), column("public.w", "c")), dep(ref("public.w"), T_C)};
        Catalog current = catalog(List.of(table("public.t").col("c", "varchar(10)")), views, deps);
        Catalog desired = catalog(List.of(table("public.t").col("c", "text")), views, deps);
        Plan plan = Planner.plan(Differ.diff(current, desired));
        assertThat(plan.statements()).extracting(Statement::summary).containsExactly(
                "drop view public.a (depends on view public.w, which is re-created; re-created below)",
                "drop view public.w (depends on public.t.c, whose type changes; re-created below)",
                "alter column public.t.c: type varchar(10) -> text",
                "re-create view public.w (dropped above: depends on public.t.c, whose type changes)",
                "re-create view public.a (dropped above: depends on view public.w, which is re-created)");
    }

    /**
     * The reverse: w loses column d (dropped and created again) and r, which read it, is replaced by a query that
     * no longer does. r cannot be replaced before the drop (it still needs the new w's columns after it), so it is
     * moved out of the way like any view on w.
     */
    @Test
    void aReplacedViewThatStopsReadingAColumnAViewLosesIsRecreated() {
        List<TableBuilder> tables = List.of(table("public.t").col("c", "text").col("d", "text"));
        View keepsD = view("public.r", "w.c, w.d", "public.w");
        View dropsD = new View(keepsD.name(), false, " SELECT w.c,\n    'x'::text AS d\n   FROM public.w;",
                keepsD.columns(), List.of(), List.of(), null);
        Catalog current = catalog(tables, List.of(view("public.w", "t.c, t.d", "public.t"), keepsD),
                dep(ref("public.w"), T_C), dep(ref("public.w"), column("public.t", "d")),
                dep(ref("public.r"), column("public.w", "c")), dep(ref("public.r"), column("public.w", "d")));
        Catalog desired = catalog(tables, List.of(view("public.w", "t.c", "public.t"), dropsD),
                dep(ref("public.w"), T_C), dep(ref("public.r"), column("public.w", "c")));
        assertThat(sql(current, desired)).containsExactly(
                "DROP VIEW public.r",
                "DROP VIEW public.w",
                "CREATE VIEW public.w AS\nSELECT t.c\n   FROM public.t",
                "CREATE VIEW public.r AS\nSELECT w.c,\n    'x'::text AS d\n   FROM public.w");
    }

    private static List<String> sql(Catalog current, Catalog desired) {
        return Planner.plan(Differ.diff(current, desired)).statements().stream().map(Statement::sql).toList();
    }

    /** A one-column view {@code SELECT <select> FROM <from>} named after its own column list. */
    private static View view(String name, String select, String from) {
        String[] parts = select.split(", ");
        StringBuilder definition = new StringBuilder(" SELECT ");
        List<View.ViewColumn> columns = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            definition.append(i == 0 ? "" : ",\n    ").append(parts[i]);
            String column = parts[i].substring(parts[i].indexOf('.') + 1);
            columns.add(new View.ViewColumn(column, "text", null));
        }
        definition.append("\n   FROM ").append(from).append(';');
        return new View(qn(name), false, definition.toString(), columns, List.of(), List.of(), null);
    }

    private static ObjectRef ref(String view) {
        return ObjectRef.of(ObjectKind.VIEW, qn(view));
    }

    private static ObjectRef column(String relation, String column) {
        return ObjectRef.member(ObjectKind.COLUMN, qn(relation), column);
    }

    private static Dependency dep(ObjectRef dependent, ObjectRef referenced) {
        return new Dependency(dependent, referenced);
    }

    private static Catalog catalog(List<TableBuilder> tables, List<View> views, Dependency... dependencies) {
        List<Table> built = tables.stream().map(TableBuilder::build).toList();
        return Catalog.builder().schemas(List.of(new Schema("public", null))).tables(built).views(views)
                .dependencies(List.of(dependencies)).build();
    }
}
