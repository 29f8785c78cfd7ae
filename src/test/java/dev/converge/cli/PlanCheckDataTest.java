package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/** {@code plan --check-data}: the findings as SQL comments under the plan, exit 1 when the plan would fail. */
class PlanCheckDataTest {

    @Test
    void showsWhatWouldFailAndExitsOneThenTwoOnceTheDataIsClean(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("s.sql"), "CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE);");
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int PRIMARY KEY, code text);"
                + " INSERT INTO t VALUES (1, 'dup'), (2, 'dup');")) {
            CliRun failing = CliRun.of("plan", "--db", db.url(), "--desired", dir.toString(), "--check-data");
            assertThat(failing.exitCode()).isEqualTo(1);
            assertThat(failing.out()).contains("-- data checks:",
                    "--   FAILS: public.t: 1 duplicated key (code) (add unique constraint t_code_key on public.t);"
                            + " sample: code='dup' (2 rows)",
                    "-- size of the tables rewritten or indexed (from pg_class):",
                    "index build (t_code_key)");
            assertThat(failing.err()).contains("1 data check fails");

            db.execute("DELETE FROM t WHERE id = 2");
            CliRun clean = CliRun.of("plan", "--db", db.url(), "--desired", dir.toString(), "--check-data");
            assertThat(clean.exitCode()).isEqualTo(2);
            assertThat(clean.out()).doesNotContain("FAILS");
        }
    }
}
