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

    /** Statement {@code index} failed or was cancelled after {@code millis}; what follows is in the error. */
    default void failed(int index, int total, Statement statement, long millis) {
    }

    /** Statement {@code index} timed out waiting for a lock; its step is retried after {@code delayMillis}. */
    default void retrying(int index, int total, Statement statement, int attempt, long delayMillis) {
    }
}
