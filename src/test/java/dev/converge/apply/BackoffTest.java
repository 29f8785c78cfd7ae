package dev.converge.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Retry pauses double from the base delay, stay within [half, full] of it (jitter), and are capped. */
class BackoffTest {

    @Test
    void doublesWithJitterAndACap() {
        ExecutionSettings settings = new ExecutionSettings(Duration.ofSeconds(5), Duration.ZERO, 5, Duration.ZERO,
                Duration.ofSeconds(1));
        SplittableRandom random = new SplittableRandom(42);
        for (int attempt = 1; attempt <= 10; attempt++) {
            long full = Math.min(1000L << (attempt - 1), ExecutionSettings.MAX_DELAY.toMillis());
            for (int i = 0; i < 50; i++) {
                long pause = settings.backoff(attempt, random).toMillis();
                assertThat(pause).as("attempt %d", attempt).isBetween(full / 2, full);
            }
        }
    }
}
