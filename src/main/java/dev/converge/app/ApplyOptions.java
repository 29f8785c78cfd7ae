package dev.converge.app;

/**
 * The safety nets of an apply: {@code dataChecks} runs the preflight over the live data before any change (see
 * docs/preflight.md); {@code historySchema} is the schema of the history table, null to keep no history.
 */
public record ApplyOptions(boolean dataChecks, String historySchema) {

    /** Data checks on, no history: what the workflow does when not told otherwise (tests, embedding). */
    public static ApplyOptions defaults() {
        return new ApplyOptions(true, null);
    }

    public boolean keepsHistory() {
        return historySchema != null;
    }
}
