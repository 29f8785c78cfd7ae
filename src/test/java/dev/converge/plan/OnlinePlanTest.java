package dev.converge.plan;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.diff.Build;
import dev.converge.diff.Build.CatalogBuilder;
import dev.converge.diff.Differ;
import dev.converge.model.Extension;
import dev.converge.model.Index;
import dev.converge.model.Routine;

/** The shape of online plans: what runs in the transaction, what after it on its own, and with which hazards. */
class OnlinePlanTest {

    private static Plan plan(CatalogBuilder current, CatalogBuilder desired) {
        return Planner.plan(Differ.diff(current.build(), desired.build()));
    }

    private static CatalogBuilder t() {
        return catalog().schema("public").table(table("public.t").col("id", "integer"));
    }

    @Test
    void indexOnAnExistingTableIsBuiltConcurrentlyAfterTheTransaction() {
        Plan plan = plan(t(), catalog().schema("public")
                .table(table("public.t").col("id", "integer").col("note", "text").index("t_note_idx", "note")));
        assertThat(plan.statements()).extracting(Statement::sql).containsExactly(
                "ALTER TABLE public.t ADD COLUMN note text",
                "CREATE INDEX CONCURRENTLY t_note_idx ON public.t USING btree (note)");
        assertThat(plan.steps()).extracting(PlanStep::transactional).containsExactly(true, false);
        assertThat(plan.statements().get(1).hazards()).containsExactly(Hazard.INDEX_BUILD);
        assertThat(plan.statements().get(1).concurrentIndexOperation()).isTrue();
    }

    @Test
    void indexOnANewTableIsPlainInsideTheTransactionWithoutHazards() {
        Plan plan = plan(catalog().schema("public"), catalog().schema("public")
                .table(table("public.n").col("id", "integer").index("n_id_idx", "id")));
        assertThat(plan.steps()).hasSize(1);
        assertThat(plan.steps().get(0).transactional()).isTrue();
        assertThat(plan.statements().get(1).sql()).isEqualTo("CREATE INDEX n_id_idx ON public.n USING btree (id)");
        assertThat(plan.hazards()).isEmpty();
    }

    @Test
    void validationRunsAfterTheCommitOnItsOwn() {
        Plan plan = plan(t(), catalog().schema("public").table(table("public.t").col("id", "integer")
                .check("t_id_check", "id", "id > 0").col("x", "integer")));
        List<PlanStep> steps = plan.steps();
        assertThat(steps).extracting(PlanStep::transactional).containsExactly(true, false);
        assertThat(steps.get(0).statements()).extracting(Statement::sql).containsExactly(
                "ALTER TABLE public.t ADD COLUMN x integer",
                "ALTER TABLE public.t ADD CONSTRAINT t_id_check CHECK ((id > 0)) NOT VALID");
        assertThat(steps.get(1).statements().get(0).sql())
                .isEqualTo("ALTER TABLE public.t VALIDATE CONSTRAINT t_id_check");
    }

    @Test
    void anInvalidIndexIsDroppedWithoutHazardAndRebuilt() {
        Index valid = new Index("t_id_idx", Build.qn("public.t"), false, "btree", List.of("id"), null,
                "CREATE INDEX t_id_idx ON public.t USING btree (id)", null);
        Index invalid = new Index(valid.name(), valid.table(), false, "btree", List.of("id"), null,
                valid.definition(), null, false);
        Plan plan = plan(catalog().schema("public").table(table("public.t").col("id", "integer").index(invalid)),
                catalog().schema("public").table(table("public.t").col("id", "integer").index(valid)));
        assertThat(plan.statements()).extracting(Statement::sql).containsExactly(
                "DROP INDEX CONCURRENTLY IF EXISTS public.t_id_idx",
                "CREATE INDEX CONCURRENTLY t_id_idx ON public.t USING btree (id)");
        assertThat(plan.statements().get(0).hazards()).isEmpty();
        assertThat(plan.statements().get(0).summary()).contains("invalid index");
    }

    @Test
    void extensionUpdatesAndUntrackedFunctionBodiesAreHazards() {
        Extension v1 = new Extension("hstore", "public", "1.7", null);
        Extension v2 = new Extension("hstore", "public", "1.8", null);
        Plan update = plan(catalog().schema("public").extension(v1), catalog().schema("public").extension(v2));
        assertThat(update.hazards()).containsExactly(Hazard.EXTENSION_VERSION_CHANGE);

        Routine f = Build.function("public.f", "", "integer", "SELECT 1");
        Routine g = Build.function("public.f", "", "integer", "SELECT 2");
        assertThat(plan(catalog().schema("public").function(f), catalog().schema("public").function(g)).hazards())
                .containsExactly(Hazard.UNMANAGED_DEPENDENCIES);
        assertThat(plan(catalog().schema("public"), catalog().schema("public").function(f)).hazards())
                .as("a new routine is called by nothing yet").isEmpty();
    }

    @Test
    void hazardNamesAndFlags() {
        assertThat(Hazard.ACCESS_EXCLUSIVE_LOCK.flagName()).isEqualTo("access-exclusive-lock");
        assertThat(Hazard.INDEX_BUILD.allowedBy()).isEqualTo("--allow-hazard index-build");
        assertThat(Hazard.DELETES_DATA.allowedBy()).isEqualTo("--allow-destructive");
        assertThat(Hazard.fromFlagName("Table_Rewrite")).contains(Hazard.TABLE_REWRITE);
        assertThat(Hazard.fromFlagName("nope")).isEmpty();
        assertThat(Set.of(Hazard.values())).allMatch(h -> Hazard.fromFlagName(h.flagName()).orElseThrow() == h);
    }
}
