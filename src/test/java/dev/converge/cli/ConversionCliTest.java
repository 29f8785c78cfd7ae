package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * A type change PostgreSQL has no cast for is refused at plan time, naming the column and the hint that makes it
 * work (issue 13 item 11); with the hint the plan uses the user's expression.
 */
class ConversionCliTest {

    private static final String CURRENT = "CREATE TABLE public.\"Events\" (id int PRIMARY KEY, at bigint);"
            + " INSERT INTO public.\"Events\" VALUES (1, 60);";

    @TempDir
    Path dir;

    @Test
    void aTypeChangeWithoutCastIsRefusedWithTheHint() throws IOException {
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            String desired = Files.writeString(dir.resolve("e.sql"),
                    "CREATE TABLE public.\"Events\" (id int PRIMARY KEY, at timestamptz);").toString();
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired);
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(1);
            assertThat(plan.err()).contains("column public.Events.at: PostgreSQL has no cast from bigint to"
                    + " timestamp with time zone", "-- converge:using <expression of at>");
        }
    }

    @Test
    void theUsingHintOnTheColumnLineIsTheConversion() throws IOException {
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            String desired = Files.writeString(dir.resolve("e.sql"), """
                    CREATE TABLE public."Events" (
                        id int PRIMARY KEY,
                        at timestamptz -- converge:using to_timestamp(at)
                    );
                    """).toString();
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired, "--format", "sql");
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(Main.EXIT_CHANGES);
            assertThat(plan.out()).contains("ALTER TABLE public.\"Events\" ALTER COLUMN at TYPE timestamp with time"
                    + " zone USING to_timestamp(at)");
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--auto-approve",
                    "--no-history", "--allow-destructive", "--allow-hazard", "table-rewrite", "--allow-hazard",
                    "access-exclusive-lock");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(db.queryBoolean("SELECT at = to_timestamp(60) FROM public.\"Events\"")).isTrue();
        }
    }
}
