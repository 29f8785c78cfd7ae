package dev.converge.report;

import dev.converge.lint.Reported;
import dev.converge.lint.Severity;
import dev.converge.lint.SourceLine;

/**
 * The human format of lint: one line per finding in the compiler style {@code file:line:col: severity rule:
 * message} (an editor jumps to it), its fix hint indented below, the suppressed findings after, then the outcome.
 */
public final class LintTextReport implements LintRenderer {

    private final Ansi ansi;

    public LintTextReport(Ansi ansi) {
        this.ansi = ansi;
    }

    @Override
    public String render(LintReport report) {
        StringBuilder out = new StringBuilder();
        out.append(ansi.bold(report.title())).append('\n');
        if (!report.schemas().isEmpty()) {
            out.append(ansi.dim("managed schemas: " + String.join(", ", report.schemas()))).append('\n');
        }
        out.append('\n');
        for (Reported finding : report.result().findings()) {
            String level = finding.severity() == Severity.ERROR ? ansi.red("error") : ansi.yellow("warning");
            out.append(where(finding.location())).append(level).append(' ').append(finding.rule()).append(": ")
                    .append(finding.finding().message()).append('\n');
            out.append("    fix: ").append(finding.finding().hint()).append('\n');
        }
        if (!report.result().suppressed().isEmpty()) {
            out.append('\n').append(ansi.dim("suppressed by converge:nolint (" + report.result().suppressed().size()
                    + "):")).append('\n');
            for (Reported finding : report.result().suppressed()) {
                out.append("  ").append(finding.suppressedBy().location()).append(": ").append(finding.rule())
                        .append(": ").append(finding.finding().message()).append('\n');
            }
        }
        for (String note : report.notes()) {
            out.append('\n').append(ansi.yellow("note: ")).append(note);
        }
        out.append('\n').append(report.summary()).append(". ").append(report.planNote()).append('\n');
        return out.toString();
    }

    private static String where(SourceLine line) {
        return line == null ? "" : line.file() + ":" + line.line() + ":" + line.column() + ": ";
    }
}
