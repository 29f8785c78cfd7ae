package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.converge.testing.TestDatabase;

/** {@code plan} shows phases, {@code apply --phase} and {@code --[no-]rehearse} end to end on a real server. */
class PhaseCommandTest {

    @TempDir
    Path dir;

    @Test
    void planShowsPhasesAndApplyRunsThemInOrder() throws IOException {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int PRIMARY KEY, old text);")) {
            String desired = Files.writeString(dir.resolve("s.sql"),
                    "CREATE TABLE t (id int PRIMARY KEY, added text);\n").toString();
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired);
            assertThat(plan.exitCode()).isEqualTo(Main.EXIT_CHANGES);
            assertThat(plan.out()).contains("add column public.t.added  [expand]",
                    "drop column public.t.old  [contract]");

            CliRun json = CliRun.of("plan", "--db", db.url(), "--desired", desired, "--format", "json");
            JsonNode statements = new ObjectMapper().readTree(json.out()).path("statements");
            assertThat(statements).extracting(s -> s.path("phase").asText()).contains("expand", "contract");

            CliRun early = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--phase", "contract",
                    "--auto-approve", "--allow-destructive");
            assertThat(early.exitCode()).as(early.all()).isEqualTo(Main.EXIT_REFUSED);
            assertThat(early.err()).contains("apply --phase expand", "add column public.t.added");

            CliRun expand = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--phase", "expand",
                    "--auto-approve", "--no-rehearse");
            assertThat(expand.exitCode()).as(expand.all()).isZero();
            assertThat(db.queryBoolean("SELECT count(*) = 2 FROM information_schema.columns WHERE table_name = 't' "
                    + "AND column_name IN ('old', 'added')")).isTrue();

            CliRun contract = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--phase", "contract",
                    "--auto-approve", "--allow-destructive", "--rehearse");
            assertThat(contract.exitCode()).as(contract.all()).isZero();
            assertThat(CliRun.of("plan", "--db", db.url(), "--desired", desired).exitCode()).isZero();
        }
    }

    @Test
    void badPhaseAndPhaseWithAnApprovedPlanAreUsageErrors() {
        assertThat(CliRun.of("apply", "--db", "postgresql://nobody@127.0.0.1/none", "--desired", "x.sql",
                "--phase", "middle", "--auto-approve").exitCode()).isEqualTo(Main.EXIT_USAGE);
        CliRun both = CliRun.of("apply", "--db", "postgresql://nobody@127.0.0.1/none", "--plan", "plan.json",
                "--phase", "expand", "--auto-approve");
        assertThat(both.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(both.err()).contains("--phase cannot be combined with --plan");
    }
}
