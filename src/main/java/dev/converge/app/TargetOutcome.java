package dev.converge.app;

/**
 * How plan, apply or drift ended on one target, and how many statements it found: the row of a multi-target
 * summary. Each kind carries its exit code; a run's exit code is the worst of its targets'.
 */
public record TargetOutcome(Kind kind, int changes, String message) {

    public enum Kind {
        NO_CHANGES("no changes", 0, 0),
        CHANGES("changes", 2, 1),
        DRIFT("drift", 2, 1),
        APPLIED("applied", 0, 0),
        REFUSED("refused", 3, 2),
        FAILED("failed", 1, 3),
        /** Not started because an earlier target failed (without --keep-going); the failure decides the code. */
        SKIPPED("skipped", 0, 0);

        private final String label;
        private final int exitCode;
        private final int severity;

        Kind(String label, int exitCode, int severity) {
            this.label = label;
            this.exitCode = exitCode;
            this.severity = severity;
        }

        public String label() {
            return label;
        }

        public int exitCode() {
            return exitCode;
        }

        /** Failed targets stop the start of new ones unless --keep-going. */
        public boolean failure() {
            return this == FAILED || this == REFUSED;
        }
    }

    public static TargetOutcome of(Kind kind, int changes) {
        return new TargetOutcome(kind, changes, null);
    }

    public int exitCode() {
        return kind.exitCode;
    }

    /** The worst exit code: error (1) over refused (3) over changes (2) over ok (0). */
    public static int worstExitCode(Iterable<TargetOutcome> outcomes) {
        Kind worst = Kind.NO_CHANGES;
        for (TargetOutcome outcome : outcomes) {
            if (outcome.kind.severity > worst.severity) {
                worst = outcome.kind;
            }
        }
        return worst.exitCode;
    }
}
