package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.converge.testing.TestDatabase;

/**
 * Approved plans: {@code plan --out plan.json} then {@code apply --plan plan.json} runs exactly the reviewed
 * statements, and only while the database is still in the state the plan was made from.
 */
class ApprovedPlanTest {

    private static final Path SHOP = Path.of("schema-examples/shop");

    @Test
    void approveThenApply(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        try (TestDatabase db = TestDatabase.create()) {
            String v1 = SHOP.resolve("v1").toString();
            CliRun planned = CliRun.of("plan", "--db", db.url(), "--desired", v1, "--out", plan.toString());
            assertThat(planned.exitCode()).as(planned.all()).isEqualTo(2);
            assertThat(planned.out()).as("standard output keeps the text plan").contains("CREATE TABLE");
            var json = new ObjectMapper().readTree(plan.toFile());
            assertThat(json.path("fingerprints").path("current").asText()).matches("[0-9a-f]{64}");

            CliRun applied = CliRun.of("apply", "--db", db.url(), "--plan", plan.toString(), "--auto-approve");
            assertThat(applied.exitCode()).as(applied.all()).isZero();
            assertThat(applied.out()).contains("Applied " + dev.converge.model.Plural.of(json.path("statements").size(),
                    "statement") + " to ");
            assertThat(CliRun.of("drift", "--db", db.url(), "--desired", v1).exitCode())
                    .as("the approved plan converged the database").isZero();

            CliRun again = CliRun.of("apply", "--db", db.url(), "--plan", plan.toString(), "--auto-approve");
            assertThat(again.exitCode()).as("applied once, the database is no longer in the plan's state")
                    .isEqualTo(3);
        }
    }

    @Test
    void aDatabaseChangedSinceApprovalIsRefusedAndNothingChanges(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        try (TestDatabase db = TestDatabase.create()) {
            String v1 = SHOP.resolve("v1").toString();
            assertThat(CliRun.of("apply", "--db", db.url(), "--desired", v1, "--auto-approve").exitCode()).isZero();
            CliRun planned = CliRun.of("plan", "--db", db.url(), "--desired", SHOP.resolve("v2").toString(),
                    "--format", "json", "--out", plan.toString());
            assertThat(planned.exitCode()).as(planned.all()).isEqualTo(2);

            db.execute("ALTER TABLE products ADD COLUMN by_hand text");
            CliRun refused = CliRun.of("apply", "--db", db.url(), "--plan", plan.toString(), "--auto-approve",
                    "--allow-destructive");
            assertThat(refused.exitCode()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("changed since the plan was made", "table:public.products",
                    "nothing was changed");
            assertThat(db.queryBoolean("SELECT NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'payments')"))
                    .as("no statement of the plan ran").isTrue();
            assertThat(db.queryBoolean("SELECT EXISTS (SELECT 1 FROM information_schema.columns "
                    + "WHERE table_name = 'customers' AND column_name = 'fax')")).isTrue();
        }
    }

    @Test
    void theDestructivePolicyStillApplies(@TempDir Path dir) {
        Path plan = dir.resolve("plan.json");
        try (TestDatabase db = TestDatabase.create()) {
            String v1 = SHOP.resolve("v1").toString();
            assertThat(CliRun.of("apply", "--db", db.url(), "--desired", v1, "--auto-approve").exitCode()).isZero();
            assertThat(CliRun.of("plan", "--db", db.url(), "--desired", SHOP.resolve("v2").toString(),
                    "--out", plan.toString()).exitCode()).isEqualTo(2);
            CliRun refused = CliRun.of("apply", "--db", db.url(), "--plan", plan.toString(), "--auto-approve");
            assertThat(refused.exitCode()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("--allow-destructive", "fax");
            CliRun applied = CliRun.of("apply", "--db", db.url(), "--plan", plan.toString(), "--auto-approve",
                    "--allow-destructive", "--allow-hazard", "validates-rows", "--allow-hazard", "index-build");
            assertThat(applied.exitCode()).as(applied.all()).isZero();
            assertThat(CliRun.of("drift", "--db", db.url(), "--desired", SHOP.resolve("v2").toString())
                    .exitCode()).isZero();
        }
    }

    @Test
    void misuseOfPlanFiles(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        CliRun both = CliRun.of("apply", "--db", "postgresql://u@h/d", "--plan", plan.toString(),
                "--desired", SHOP.resolve("v1").toString(), "--auto-approve");
        assertThat(both.exitCode()).isEqualTo(64);
        assertThat(both.err()).contains("--plan", "--desired");

        Files.writeString(plan, "{\"formatVersion\": 99}");
        CliRun wrongVersion = CliRun.of("apply", "--db", "postgresql://u@h/d", "--plan", plan.toString(),
                "--auto-approve");
        assertThat(wrongVersion.exitCode()).isEqualTo(1);
        assertThat(wrongVersion.err()).contains("formatVersion");

        CliRun missing = CliRun.of("apply", "--db", "postgresql://u@h/d", "--plan", dir.resolve("no.json")
                .toString(), "--auto-approve");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no.json");
    }
}
