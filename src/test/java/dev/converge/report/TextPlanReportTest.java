package dev.converge.report;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.converge.diff.Differ;
import dev.converge.plan.Plan;
import dev.converge.plan.Planner;

/** The text plan shows transaction boundaries as runnable BEGIN/COMMIT lines and the flag for each hazard. */
class TextPlanReportTest {

    @Test
    void showsTransactionBoundariesAndTheFlagThatAllowsEachHazard() {
        Plan plan = Planner.plan(Differ.diff(
                catalog().schema("public").table(table("public.t").col("id", "integer").col("old", "text")).build(),
                catalog().schema("public").table(table("public.t").col("id", "integer").index("t_id_idx", "id"))
                        .build()));
        String text = new TextPlanReport(new Ansi(false)).render(plan);
        assertThat(text).containsSubsequence(
                "BEGIN; -- 1 statement in one transaction: all or nothing",
                "--   hazards: deletes-data (allow with --allow-destructive)",
                "ALTER TABLE public.t DROP COLUMN old;",
                "COMMIT;",
                "--   hazards: index-build (allow with --allow-hazard index-build)",
                "--   runs on its own, outside any transaction",
                "CREATE INDEX CONCURRENTLY t_id_idx ON public.t USING btree (id);");
        assertThat(text.indexOf("COMMIT;")).isLessThan(text.indexOf("CREATE INDEX CONCURRENTLY"));
    }
}
