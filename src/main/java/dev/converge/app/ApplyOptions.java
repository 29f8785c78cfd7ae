package dev.converge.app;

import dev.converge.plan.Phase;

/**
 * The safety nets of an apply: {@code dataChecks} runs the preflight over the live data before any change (see
 * docs/preflight.md); {@code historySchema} is the schema of the history table, null to keep no history;
 * {@code rehearse} runs the plan on a schema-only copy first; {@code phase}, when not null, applies only that
 * expand/contract phase's statements (docs/safety.md); {@code backup} keeps dropped tables and columns in the
 * backup schema instead of destroying them.
 */
public record ApplyOptions(boolean dataChecks, String historySchema, boolean rehearse, Phase phase, boolean backup) {

    public ApplyOptions(boolean dataChecks, String historySchema, boolean rehearse) {
        this(dataChecks, historySchema, rehearse, null, false);
    }

    public ApplyOptions(boolean dataChecks, String historySchema) {
        this(dataChecks, historySchema, false);
    }

    /** Data checks on, no history, no rehearsal: what the workflow does when not told otherwise (tests, embedding). */
    public static ApplyOptions defaults() {
        return new ApplyOptions(true, null, false);
    }

    public boolean keepsHistory() {
        return historySchema != null;
    }
}
