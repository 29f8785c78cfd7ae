package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.converge.model.Catalog;
import dev.converge.model.Dependency;
import dev.converge.model.Index;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.View;

/** Views, materialized views with their indexes, and the dependency graph read from pg_depend. */
class ViewInspectionTest {

    private static Catalog catalog;

    @BeforeAll
    static void inspect() {
        catalog = Inspected.catalog("""
                CREATE EXTENSION pg_trgm;
                CREATE TYPE public.mood AS ENUM ('ok');
                CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
                CREATE TABLE public.t (id integer PRIMARY KEY, c varchar(10), m public.mood[], p public.positive,
                                       d text DEFAULT public.similarity('a', 'b')::text);
                CREATE FUNCTION public.twice(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1 * 2';
                CREATE VIEW public.v WITH (security_barrier = true) AS
                    SELECT id, c, public.twice(id) AS two, m FROM public.t;
                COMMENT ON VIEW public.v IS 'the view';
                COMMENT ON COLUMN public.v.c IS 'see';
                CREATE VIEW public.w AS SELECT v.c FROM public.v WHERE v.id > 0 WITH LOCAL CHECK OPTION;
                CREATE VIEW public.n AS SELECT count(*) AS rows FROM public.v;
                DO $do$ BEGIN EXECUTE $f$CREATE FUNCTION public.first_two() RETURNS integer LANGUAGE sql
                    BEGIN ATOMIC SELECT v.two FROM public.v ORDER BY v.id LIMIT 1; END$f$; END $do$;
                CREATE MATERIALIZED VIEW public.mv AS SELECT id, p FROM public.t WITH NO DATA;
                CREATE UNIQUE INDEX mv_id ON public.mv (id);
                CREATE SCHEMA other;
                CREATE VIEW other.elsewhere AS SELECT id FROM public.t;
                """, Set.of("public"));
    }

    private static View view(String name) {
        return catalog.viewsByName().get(QualifiedName.of("public", name));
    }

    @Test
    void viewsWithDefinitionOptionsColumnsAndComments() {
        assertThat(catalog.views()).extracting(v -> v.name().name()).containsExactly("mv", "n", "v", "w");
        View v = view("v");
        assertThat(v.materialized()).isFalse();
        assertThat(v.definition()).isEqualTo(" SELECT t.id,\n    t.c,\n    public.twice(t.id) AS two,\n    t.m\n"
                + "   FROM public.t;");
        assertThat(v.options()).containsExactly("security_barrier=true");
        assertThat(v.columns()).extracting(View.ViewColumn::name, View.ViewColumn::type, View.ViewColumn::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", "integer", null),
                        org.assertj.core.groups.Tuple.tuple("c", "character varying(10)", "see"),
                        org.assertj.core.groups.Tuple.tuple("two", "integer", null),
                        org.assertj.core.groups.Tuple.tuple("m", "public.mood[]", null));
        assertThat(v.comment()).isEqualTo("the view");
        assertThat(view("w").options()).containsExactly("check_option=local");
    }

    @Test
    void materializedViewsWithIndexes() {
        View mv = view("mv");
        assertThat(mv.materialized()).isTrue();
        assertThat(mv.indexes()).extracting(Index::name, Index::definition).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mv_id",
                        "CREATE UNIQUE INDEX mv_id ON public.mv USING btree (id)"));
    }

    @Test
    void dependenciesOfViewsOnColumnsViewsFunctionsAndTypes() {
        ObjectRef v = ObjectRef.of(ObjectKind.VIEW, QualifiedName.of("public", "v"));
        ObjectRef t = ObjectRef.of(ObjectKind.TABLE, QualifiedName.of("public", "t"));
        ObjectRef w = ObjectRef.of(ObjectKind.VIEW, QualifiedName.of("public", "w"));
        assertThat(catalog.dependencies()).contains(
                new Dependency(v, column("id")),
                new Dependency(v, column("c")),
                new Dependency(v, column("m")),
                new Dependency(v, new ObjectRef(ObjectKind.FUNCTION, QualifiedName.of("public", "twice"), "integer")),
                new Dependency(v, ObjectRef.of(ObjectKind.TYPE, QualifiedName.of("public", "mood"))),
                new Dependency(w, viewColumn("v", "c")),
                new Dependency(w, viewColumn("v", "id")),
                new Dependency(ObjectRef.of(ObjectKind.VIEW, QualifiedName.of("public", "n")), v),
                new Dependency(new ObjectRef(ObjectKind.FUNCTION, QualifiedName.of("public", "first_two"), ""),
                        viewColumn("v", "two")),
                new Dependency(ObjectRef.of(ObjectKind.INDEX, QualifiedName.of("public", "mv_id")),
                        viewColumn("mv", "id")),
                new Dependency(ObjectRef.of(ObjectKind.MATERIALIZED_VIEW, QualifiedName.of("public", "mv")),
                        column("p")),
                new Dependency(column("p"), ObjectRef.of(ObjectKind.DOMAIN, QualifiedName.of("public", "positive"))));
        assertThat(catalog.dependencies()).as("no self edges, no edges to unmanaged or extension objects")
                .allSatisfy(d -> {
                    assertThat(d.dependent()).isNotEqualTo(d.referenced());
                    assertThat(d.referenced().name().schema()).isEqualTo("public");
                    assertThat(d.referenced().name().name()).isNotEqualTo("similarity");
                })
                .doesNotHaveDuplicates()
                .noneMatch(d -> d.referenced().equals(t) && d.dependent().kind() == ObjectKind.VIEW)
                .as("what reads a view's columns depends on those columns (CREATE OR REPLACE VIEW adds them), "
                        + "not on the whole view")
                .noneMatch(d -> d.dependent().equals(w) && d.referenced().equals(v));
        assertThat(catalog.dependencies()).isSortedAccordingTo(java.util.Comparator
                .comparing(Dependency::dependent).thenComparing(Dependency::referenced));
    }

    private static ObjectRef viewColumn(String view, String name) {
        return ObjectRef.member(ObjectKind.COLUMN, QualifiedName.of("public", view), name);
    }

    private static ObjectRef column(String name) {
        return ObjectRef.member(ObjectKind.COLUMN, QualifiedName.of("public", "t"), name);
    }
}
