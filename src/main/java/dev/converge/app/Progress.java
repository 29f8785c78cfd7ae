package dev.converge.app;

import java.util.function.Consumer;

/** Tells the user what long work is under way; the CLI prints it on standard error only on a terminal. */
public interface Progress {

    Progress SILENT = message -> { };

    void step(String message);

    /**
     * One line the user must see even when progress is not shown: a fallback and its reason, a download. The CLI
     * prints it on standard error always; by default (tests, the library) it goes nowhere.
     */
    default void notice(String message) {
    }

    /** Progress with its steps and notices going to two places. */
    static Progress of(Consumer<String> steps, Consumer<String> notices) {
        return new Progress() {
            @Override
            public void step(String message) {
                steps.accept(message);
            }

            @Override
            public void notice(String message) {
                notices.accept(message);
            }
        };
    }
}
