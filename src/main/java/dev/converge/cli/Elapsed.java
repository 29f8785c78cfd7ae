package dev.converge.cli;

import java.util.Locale;

/** Durations the way a person reads them in a summary or a timer: {@code 0.4s}, {@code 12s}, {@code 3m05s}. */
final class Elapsed {

    private Elapsed() {
    }

    /** Time since {@code startNanos} (a {@link System#nanoTime()} reading). */
    static String since(long startNanos) {
        return of((System.nanoTime() - startNanos) / 1_000_000);
    }

    static String of(long millis) {
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return seconds < 60 ? seconds + "s" : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
}
