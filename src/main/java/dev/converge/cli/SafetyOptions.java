package dev.converge.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import dev.converge.app.ApplyPolicy;
import dev.converge.apply.ExecutionSettings;
import dev.converge.plan.Hazard;

/** What apply may do (hazards) and how it treats other sessions (timeouts, retries, the apply lock). */
final class SafetyOptions {

    @Option(names = "--allow-destructive", negatable = true,
            description = "Allow statements that delete data (hazard deletes-data): dropping tables, columns, "
                    + "schemas, sequences or extensions, and type changes that may lose data. Default: the "
                    + "environment's policy.allow_destructive, else no.")
    Boolean allowDestructive;

    @Option(names = "--allow-hazard", paramLabel = "NAME", converter = HazardConverter.class,
            description = "Allow statements carrying this hazard (repeatable). Names: ${COMPLETION-CANDIDATES} "
                    + "(every hazard, deletes-data included: for development databases). "
                    + "The plan shows each statement's hazards; see docs/safety.md.",
            completionCandidates = HazardNames.class)
    List<HazardSelection> allowedHazardSelections = new ArrayList<>();

    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "lock_timeout of every statement, e.g. 5s, 500ms, 1m; 0 for none (default: 5s).")
    Duration lockTimeout = ExecutionSettings.DEFAULT_LOCK_TIMEOUT;

    @Option(names = "--statement-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "statement_timeout of every statement; 0 for none (default: 30m).")
    Duration statementTimeout = ExecutionSettings.DEFAULT_STATEMENT_TIMEOUT;

    @Option(names = "--lock-retries", paramLabel = "N",
            description = "Retries, with backoff and jitter, of a step that timed out waiting for a lock "
                    + "(default: 5).")
    int lockRetries = ExecutionSettings.DEFAULT_LOCK_RETRIES;

    @Option(names = "--wait-for-lock", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for another apply on the same database to finish; 0 fails at once "
                    + "(default: 2m).")
    Duration waitForLock = ExecutionSettings.DEFAULT_WAIT_FOR_LOCK;

    /** The hazards the flags allow, {@code --allow-hazard all} expanded. */
    Set<Hazard> allowedHazards() {
        Set<Hazard> allowed = EnumSet.noneOf(Hazard.class);
        allowedHazardSelections.forEach(s -> allowed.addAll(s.hazards()));
        return allowed;
    }

    ApplyPolicy policy() {
        return new ApplyPolicy(Boolean.TRUE.equals(allowDestructive), allowedHazards());
    }

    ExecutionSettings settings() {
        if (lockRetries < 0) {
            throw new dev.converge.error.UsageException("--lock-retries cannot be negative");
        }
        return new ExecutionSettings(lockTimeout, statementTimeout, lockRetries, waitForLock,
                ExecutionSettings.DEFAULT_RETRY_DELAY);
    }

    /** The kebab-case hazard names and {@code all}, for the help text and completion. */
    static final class HazardNames extends ArrayList<String> {
        HazardNames() {
            super(Hazard.selectionNames());
        }
    }

    /** What one {@code --allow-hazard NAME} allows: one hazard, or all of them. */
    record HazardSelection(Set<Hazard> hazards) {
    }

    static final class HazardConverter implements ITypeConverter<HazardSelection> {
        @Override
        public HazardSelection convert(String value) {
            return Hazard.selection(value).map(HazardSelection::new).orElseThrow(() -> new TypeConversionException(
                    "unknown hazard '" + value + "'; known: " + String.join(", ", Hazard.selectionNames())));
        }
    }

    /** {@code 250ms}, {@code 5s}, {@code 2m} or {@code 2min}, {@code 1h}; a bare number is seconds. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern FORMAT = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

        @Override
        public Duration convert(String value) {
            Matcher m = FORMAT.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a duration; write e.g. 500ms, 5s, 2m, 1h");
            }
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m", "min" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
    }
}
