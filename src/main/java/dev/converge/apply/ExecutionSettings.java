package dev.converge.apply;

import java.time.Duration;
import java.util.Objects;

/**
 * How apply behaves towards the other sessions of the target: every statement runs with {@code lock_timeout}
 * and {@code statement_timeout}; a statement that times out waiting for a lock (SQLSTATE 55P03) is retried
 * {@code lockRetries} times, after a backoff that doubles from {@code retryDelay} (capped at {@link #MAX_DELAY})
 * with jitter; and a second apply waits up to {@code waitForLock} for the first to finish. A zero duration means
 * "no limit" for the timeouts and "do not wait" for the apply lock. docs/safety.md explains the defaults.
 */
public record ExecutionSettings(Duration lockTimeout, Duration statementTimeout, int lockRetries,
                                Duration waitForLock, Duration retryDelay) {

    /** Short enough that traffic queued behind a waiting ALTER barely notices; long enough for a busy table. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);
    /** Generous, because index builds and validations scan whole tables; it bounds a runaway statement. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofMinutes(30);
    public static final int DEFAULT_LOCK_RETRIES = 5;
    public static final Duration DEFAULT_WAIT_FOR_LOCK = Duration.ofMinutes(2);
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(1);
    public static final Duration MAX_DELAY = Duration.ofSeconds(30);

    public static final ExecutionSettings DEFAULTS = new ExecutionSettings(DEFAULT_LOCK_TIMEOUT,
            DEFAULT_STATEMENT_TIMEOUT, DEFAULT_LOCK_RETRIES, DEFAULT_WAIT_FOR_LOCK, DEFAULT_RETRY_DELAY);

    public ExecutionSettings {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        Objects.requireNonNull(waitForLock, "waitForLock");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (lockRetries < 0 || lockTimeout.isNegative() || statementTimeout.isNegative() || waitForLock.isNegative()
                || retryDelay.isNegative()) {
            throw new IllegalArgumentException("timeouts and retries cannot be negative");
        }
    }

    /**
     * The pause before retry number {@code attempt} (1-based): half of the doubled delay, plus a random share of
     * the other half, so that two appliers that collided do not collide again in step.
     */
    public Duration backoff(int attempt, java.util.random.RandomGenerator random) {
        long base = retryDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(Math.max(base, 0), MAX_DELAY.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }

    /** As PostgreSQL's settings take it: milliseconds, 0 for no limit. */
    static String millis(Duration duration) {
        return Long.toString(duration.toMillis());
    }
}
