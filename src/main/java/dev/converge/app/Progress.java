package dev.converge.app;

/** Tells the user what long work is under way; the CLI prints it on standard error only on a terminal. */
public interface Progress {

    Progress SILENT = message -> { };

    void step(String message);
}
