package dev.converge.apply;

import dev.converge.plan.Statement;

/** Hears about each statement as a plan runs, for progress display. */
public interface ApplyListener {

    ApplyListener SILENT = new ApplyListener() {
    };

    default void starting(int index, int total, Statement statement) {
    }

    default void finished(int index, int total, Statement statement, long millis) {
    }

    /** Statement {@code index} timed out waiting for a lock; its step is retried after {@code delayMillis}. */
    default void retrying(int index, int total, Statement statement, int attempt, long delayMillis) {
    }
}
