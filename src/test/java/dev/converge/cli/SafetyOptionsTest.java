package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The safety options of apply: hazard names, durations, and usage errors (exit 64) for bad values. */
class SafetyOptionsTest {

    @Test
    void helpListsTheHazardNamesAndTheTimeoutOptions() {
        CliRun help = CliRun.of("apply", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--allow-hazard", "index-build", "unmanaged-dependencies",
                "--lock-timeout", "--statement-timeout", "--lock-retries", "--wait-for-lock");
    }

    @Test
    void anUnknownHazardIsAUsageErrorNamingTheKnownOnes() {
        CliRun run = CliRun.of("apply", "--db", "postgresql://u@h/d", "--desired", "x", "--auto-approve",
                "--allow-hazard", "everything");
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("unknown hazard 'everything'", "table-rewrite", "share-lock");
    }

    @Test
    void aBadDurationIsAUsageError() {
        CliRun run = CliRun.of("apply", "--db", "postgresql://u@h/d", "--desired", "x", "--auto-approve",
                "--lock-timeout", "soon");
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("not a duration");
    }

    @Test
    void durationsReadAsWritten() {
        SafetyOptions.DurationConverter convert = new SafetyOptions.DurationConverter();
        assertThat(convert.convert("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(convert.convert("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(convert.convert("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(convert.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(convert.convert("2min")).isEqualTo(Duration.ofMinutes(2));
        assertThat(convert.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(convert.convert("0")).isZero();
    }
}
