package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * Identifiers that break naive quoting (double and single quotes, spaces, dots, unicode, uppercase, reserved words,
 * 63-byte names, and names that read as SQL: {@code x"; DROP TABLE y; --}) in every object kind Converge manages
 * round-trip through plan, apply and drift: from empty, then through a change. The result must equal a database
 * built straight from the desired SQL ({@code src/test/resources/hostile-names/v1.sql, v2.sql}), and a canary table {@code public.y} must survive every run.
 */
class HostileNamesTest {

    private static final String CANARY = "CREATE TABLE public.y (id int);\n";
    private static final Path CASES = Path.of("src/test/resources/hostile-names");

    @Test
    void hostileNamesRoundTripThroughPlanApplyAndDrift(@TempDir Path dir) throws Exception {
        String role = "\"role \"\"x\"\"; DROP TABLE y; -- " + UUID.randomUUID().toString().substring(0, 8) + "\"";
        ServerAdmin.execute("CREATE ROLE " + role);
        try (TestDatabase target = TestDatabase.withSql(CANARY)) {
            for (String version : List.of("v1", "v2")) {
                String sql = Files.readString(CASES.resolve(version + ".sql")).replace("{role}", role);
                roundTrip(target, dir, version, sql);
            }
        } finally {
            ServerAdmin.execute("DROP ROLE " + role);
        }
    }

    private static void roundTrip(TestDatabase target, Path dir, String version, String sql) throws Exception {
        Path desired = Files.writeString(dir.resolve(version + ".sql"), sql);
        String url = target.url();
        CliCapture plan = CliCapture.run("plan", "--db", url, "--desired", desired.toString());
        assertThat(plan.exitCode()).as("plan %s:\n%s", version, plan.all()).isEqualTo(2);
        CliCapture apply = CliCapture.run("apply", "--db", url, "--desired", desired.toString(), "--auto-approve",
                "--allow-destructive", "--allow-hazard", "table-rewrite", "--allow-hazard", "access-exclusive-lock",
                "--allow-hazard", "share-lock", "--allow-hazard", "index-build", "--allow-hazard", "index-dropped",
                "--allow-hazard", "validates-rows", "--allow-hazard", "authorization-change",
                "--allow-hazard", "unmanaged-dependencies");
        assertThat(apply.exitCode()).as("apply %s:\n%s", version, apply.all()).isZero();
        CliCapture drift = CliCapture.run("drift", "--db", url, "--desired", desired.toString());
        assertThat(drift.exitCode()).as("drift after apply %s:\n%s", version, drift.all()).isZero();
        assertThat(target.queryBoolean("SELECT to_regclass('public.y') IS NOT NULL")).as("canary public.y").isTrue();
        try (TestDatabase expected = TestDatabase.withSql(CANARY + sql)) {
            assertThat(UserSchema.of(target)).as("target after %s vs. built from desired", version)
                    .containsExactlyElementsOf(SchemaDump.of(expected.spec()));
        }
    }
}
