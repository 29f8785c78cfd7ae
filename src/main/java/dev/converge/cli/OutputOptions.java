package dev.converge.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Option;

import dev.converge.app.Progress;
import dev.converge.report.Ansi;

/** Colour and progress: coloured and chatty on a terminal, plain and quiet when piped. */
final class OutputOptions {

    @Option(names = "--no-color", description = "Plain output even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages on standard error.")
    boolean quiet;

    static boolean interactive() {
        return System.console() != null;
    }

    Ansi ansi() {
        String noColorEnv = System.getenv("NO_COLOR");
        return new Ansi(interactive() && !noColor && (noColorEnv == null || noColorEnv.isEmpty()));
    }

    Progress progress(PrintWriter err) {
        if (quiet || !interactive()) {
            return Progress.SILENT;
        }
        return message -> {
            err.println(new Ansi(!noColor).dim("converge: " + message + "..."));
            err.flush();
        };
    }
}
