package dev.converge.cli;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;

import picocli.CommandLine.Option;

import dev.converge.app.Progress;
import dev.converge.report.Ansi;

/**
 * Colour and progress: coloured and chatty on a terminal, plain and quiet when piped, with {@code --quiet}, and
 * when standard output carries a machine format (json, junit, sarif, sql, markdown, inspected files): whoever
 * reads that output is a program, and a CI log that mixes progress into it is harder to read.
 */
final class OutputOptions {

    @Option(names = "--no-color", description = "Plain output even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages on standard error (there are none "
            + "either when standard output is a machine format, or not a terminal).")
    boolean quiet;

    /** Set by the command when standard output gets a machine format rather than the text for people. */
    private boolean machineOutput;

    /** Tells that standard output carries a machine format, which silences progress. */
    void machineOutput(boolean value) {
        machineOutput = value;
    }

    /** Whether the user is at a terminal; a test replaces it to see what a terminal would show. */
    static BooleanSupplier terminal = () -> System.console() != null;

    static boolean interactive() {
        return terminal.getAsBoolean();
    }

    Ansi ansi() {
        String noColorEnv = System.getenv("NO_COLOR");
        return new Ansi(interactive() && !noColor && (noColorEnv == null || noColorEnv.isEmpty()));
    }

    /** Progress lines on a terminal only; notices (a fallback, a download) always, on standard error. */
    Progress progress(PrintWriter err) {
        java.util.function.Consumer<String> notices = message -> {
            err.println("converge: " + message);
            err.flush();
        };
        if (quiet || machineOutput || !interactive()) {
            return Progress.of(message -> { }, notices);
        }
        return Progress.of(message -> {
            err.println(new Ansi(!noColor).dim("converge: " + message + "..."));
            err.flush();
        }, notices);
    }
}
