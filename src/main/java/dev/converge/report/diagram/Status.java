package dev.converge.report.diagram;

/** How a plan changes a table or column in a picture; {@code CONTEXT} is an unchanged neighbour shown for orientation. */
public enum Status {
    UNCHANGED, ADDED, CHANGED, DROPPED, CONTEXT;

    /** The CSS class and mermaid class name: {@code added}, {@code changed}... */
    public String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The marker before a changed column: {@code +}, {@code ~}, {@code -}, or nothing. */
    public String marker() {
        return switch (this) {
            case ADDED -> "+";
            case CHANGED -> "~";
            case DROPPED -> "-";
            default -> "";
        };
    }
}
