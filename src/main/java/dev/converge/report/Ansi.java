package dev.converge.report;

/** ANSI colours for terminal output; a disabled instance returns text unchanged (piped output, NO_COLOR). */
public final class Ansi {

    private final boolean enabled;

    public Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    public String green(String text) {
        return wrap("32", text);
    }

    public String red(String text) {
        return wrap("31", text);
    }

    public String yellow(String text) {
        return wrap("33", text);
    }

    public String bold(String text) {
        return wrap("1", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
