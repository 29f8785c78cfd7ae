package dev.converge.report;

/** Turns a lint report into the text of one format; the same report always gives the same text. */
public interface LintRenderer {

    String render(LintReport report);

    /** The renderer of {@code format} for lint reports, or null for formats that show plans only (sql, html). */
    static LintRenderer of(ReportFormat format, Ansi ansi) {
        return switch (format.formatName()) {
            case "text" -> new LintTextReport(ansi);
            case "json" -> new LintJsonReport();
            case "markdown" -> new LintMarkdownReport();
            case "junit" -> new LintJunitReport();
            case "sarif" -> new LintSarifReport();
            default -> null;
        };
    }
}
