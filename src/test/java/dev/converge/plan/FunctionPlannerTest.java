package dev.converge.plan;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.function;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static dev.converge.diff.Build.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.diff.Build.CatalogBuilder;
import dev.converge.diff.Differ;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;

/** Functions, procedures and triggers: (current, desired) -> the SQL of the plan, in order. */
class FunctionPlannerTest {

    private static final Routine TF = function("public.tf", "", "trigger", "BEGIN RETURN NEW; END");

    @Test
    void overloadsAreDistinctObjects() {
        CatalogBuilder current = base().function(function("public.area", "r double precision", "double precision",
                "SELECT r")).function(function("public.area", "s text", "text", "SELECT s"));
        CatalogBuilder desired = base().function(function("public.area", "r double precision", "double precision",
                "SELECT r")).function(function("public.area", "w bigint", "bigint", "SELECT w"));
        assertThat(sql(current, desired)).containsExactly(
                "DROP FUNCTION public.area(s text)",
                "CREATE OR REPLACE FUNCTION public.area(w bigint)\n RETURNS bigint\n LANGUAGE sql\n"
                        + "AS $function$SELECT w$function$");
    }

    @Test
    void changedBodyIsReplacedInPlace() {
        assertThat(sql(base().function(function("public.f", "a integer", "integer", "SELECT a")),
                base().function(function("public.f", "a integer", "integer", "SELECT a + 1"))))
                .containsExactly("CREATE OR REPLACE FUNCTION public.f(a integer)\n RETURNS integer\n LANGUAGE sql\n"
                        + "AS $function$SELECT a + 1$function$");
    }

    @Test
    void changedResultTypeIsDropAndCreate() {
        assertThat(sql(base().function(function("public.f", "a integer", "integer", "SELECT a")),
                base().function(function("public.f", "a integer", "bigint", "SELECT a"))))
                .containsExactly("DROP FUNCTION public.f(a integer)",
                        "CREATE OR REPLACE FUNCTION public.f(a integer)\n RETURNS bigint\n LANGUAGE sql\n"
                                + "AS $function$SELECT a$function$");
    }

    @Test
    void changedArgumentDefaultIsDropAndCreate() {
        Routine current = function("public.f", "a integer", "integer", "SELECT a");
        Routine desired = new Routine(current.name(), "a integer", Routine.Kind.FUNCTION, "a integer DEFAULT 1",
                "integer", "sql", false, current.definition().replace("(a integer)", "(a integer DEFAULT 1)"), null);
        assertThat(sql(base().function(current), base().function(desired)))
                .first().isEqualTo("DROP FUNCTION public.f(a integer)");
    }

    @Test
    void functionIsCreatedBeforeTheTableAndTheTriggerAfterBoth() {
        CatalogBuilder desired = base().function(TF).table(table("public.t").col("a", "integer"))
                .trigger(trigger("public.t", "t_tf", "public.tf"));
        List<String> sql = sql(base(), desired);
        assertThat(sql).hasSize(3);
        assertThat(sql.get(0)).startsWith("CREATE OR REPLACE FUNCTION public.tf()");
        assertThat(sql.get(1)).startsWith("CREATE TABLE public.t");
        assertThat(sql.get(2)).startsWith("CREATE TRIGGER t_tf BEFORE INSERT ON public.t");
    }

    @Test
    void functionIsDroppedAfterItsTriggerAndTable() {
        CatalogBuilder current = base().function(TF).table(table("public.t").col("a", "integer"))
                .trigger(trigger("public.t", "t_tf", "public.tf"));
        assertThat(sql(current, base())).containsExactly(
                "DROP TRIGGER t_tf ON public.t", "DROP TABLE public.t", "DROP FUNCTION public.tf()");
    }

    @Test
    void functionUsedByADefaultIsDroppedAfterTheDefault() {
        Routine f = function("public.next_label", "", "text", "SELECT 'x'");
        CatalogBuilder current = base().function(f)
                .table(table("public.t").col(col("a", "text").defaultExpr("public.next_label()")));
        CatalogBuilder desired = base().table(table("public.t").col("a", "text"));
        assertThat(sql(current, desired)).containsExactly(
                "ALTER TABLE ONLY public.t ALTER COLUMN a DROP DEFAULT", "DROP FUNCTION public.next_label()");
    }

    @Test
    void recreatedTriggerFunctionRecreatesItsTriggers() {
        // a result change that OR REPLACE refuses; the trigger is unchanged, yet dropped before and created after
        Routine resultChanged = new Routine(TF.name(), "", Routine.Kind.FUNCTION, "", "SETOF trigger", "sql",
                false, TF.definition().replace("RETURNS trigger", "RETURNS SETOF trigger"), null);
        CatalogBuilder current = base().function(TF).table(table("public.t").col("a", "integer"))
                .trigger(trigger("public.t", "t_tf", "public.tf"));
        CatalogBuilder desired = base().function(resultChanged).table(table("public.t").col("a", "integer"))
                .trigger(trigger("public.t", "t_tf", "public.tf"));
        assertThat(sql(current, desired)).containsExactly(
                "DROP TRIGGER t_tf ON public.t",
                "DROP FUNCTION public.tf()",
                resultChanged.definition().stripTrailing(),
                "CREATE TRIGGER t_tf BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.tf()");
    }

    @Test
    void orReplaceNeedsTheSameKindResultAndArguments() {
        Routine procedure = new Routine(TF.name(), "", Routine.Kind.PROCEDURE, "", null, "sql", false,
                "CREATE OR REPLACE PROCEDURE public.tf()\n LANGUAGE sql\nAS $procedure$SELECT$procedure$\n", null);
        Routine otherLanguage = new Routine(TF.name(), "", Routine.Kind.FUNCTION, "", "trigger", "plpgsql", false,
                TF.definition().replace("sql", "plpgsql"), null);
        assertThat(TF.replaceableBy(procedure)).isFalse();
        assertThat(TF.replaceableBy(otherLanguage)).isTrue();
    }

    @Test
    void replacedBodyKeepsItsTriggers() {
        Routine newBody = new Routine(TF.name(), "", Routine.Kind.FUNCTION, "", "trigger", "sql", false,
                TF.definition().replace("RETURN NEW", "RETURN OLD"), null);
        CatalogBuilder current = base().function(TF).table(table("public.t").col("a", "integer"))
                .trigger(trigger("public.t", "t_tf", "public.tf"));
        CatalogBuilder desired = base().function(newBody).table(table("public.t").col("a", "integer"))
                .trigger(trigger("public.t", "t_tf", "public.tf"));
        assertThat(sql(current, desired)).containsExactly(newBody.definition().stripTrailing());
    }

    @Test
    void sqlStandardBodyIsCreatedAfterTheTableItDependsOn() {
        Routine count = new Routine(qn("public.count_t"), "", Routine.Kind.FUNCTION, "", "bigint", "sql", true,
                "CREATE OR REPLACE FUNCTION public.a_count()\n RETURNS bigint\n LANGUAGE sql\n"
                        + "RETURN (SELECT count(*) FROM public.t)\n", null);
        CatalogBuilder desired = base().function(count).table(table("public.t").col("a", "integer"))
                .dependency(count.ref(), ObjectRef.of(ObjectKind.TABLE, qn("public.t")));
        List<String> sql = sql(base(), desired);
        assertThat(sql.get(0)).startsWith("CREATE TABLE public.t");
        assertThat(sql.get(1)).startsWith("CREATE OR REPLACE FUNCTION public.a_count()");
    }

    @Test
    void sqlStandardBodyIsDroppedBeforeTheColumnItDependsOn() {
        Routine sum = new Routine(qn("public.sum_b"), "", Routine.Kind.FUNCTION, "", "bigint", "sql", true,
                "CREATE OR REPLACE FUNCTION public.sum_b()\n RETURNS bigint\n LANGUAGE sql\n"
                        + "RETURN (SELECT sum(b) FROM public.t)\n", null);
        CatalogBuilder current = base().function(sum).table(table("public.t").col("a", "integer").col("b", "integer"))
                .dependency(sum.ref(), ObjectRef.member(ObjectKind.COLUMN, qn("public.t"), "b"));
        CatalogBuilder desired = base().table(table("public.t").col("a", "integer"));
        assertThat(sql(current, desired)).containsExactly(
                "DROP FUNCTION public.sum_b()", "ALTER TABLE public.t DROP COLUMN b");
    }

    @Test
    void proceduresAndTriggerCommentsAreRendered() {
        Routine p = new Routine(qn("public.p"), "n integer", Routine.Kind.PROCEDURE, "n integer", null, "plpgsql",
                false, "CREATE OR REPLACE PROCEDURE public.p(n integer)\n LANGUAGE plpgsql\n"
                        + "AS $procedure$BEGIN NULL; END$procedure$\n", "does nothing");
        CatalogBuilder desired = base().function(p).function(TF).table(table("public.t").col("a", "integer"))
                .trigger(trigger("public.t", "t_tf", "public.tf").withComment("fires"));
        assertThat(sql(base(), desired)).contains(
                "COMMENT ON PROCEDURE public.p(n integer) IS 'does nothing'",
                "COMMENT ON TRIGGER t_tf ON public.t IS 'fires'");
        assertThat(sql(base().function(p), base())).containsExactly("DROP PROCEDURE public.p(n integer)");
    }

    private static CatalogBuilder base() {
        return catalog().schema("public");
    }

    private static List<String> sql(CatalogBuilder current, CatalogBuilder desired) {
        List<String> plain = Planner.plan(Differ.diff(current.build(), desired.build())).statements().stream()
                .map(Statement::sql).toList();
        List<String> reversed = Planner.plan(Differ.diff(current.buildReversed(), desired.buildReversed()))
                .statements().stream().map(Statement::sql).toList();
        assertThat(reversed).as("same plan whatever the input order").isEqualTo(plain);
        return plain;
    }
}
