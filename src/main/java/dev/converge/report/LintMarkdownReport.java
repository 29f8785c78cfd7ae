package dev.converge.report;

import dev.converge.lint.Reported;
import dev.converge.lint.Severity;

/**
 * Lint as a pull-request comment: the outcome in one line, a table of the findings (errors first, each with its
 * place and fix), and the suppressed ones in a collapsed block so that a reviewer sees what was waved through.
 */
public final class LintMarkdownReport implements LintRenderer {

    @Override
    public String render(LintReport report) {
        StringBuilder out = new StringBuilder();
        out.append("### Converge lint: `").append(code(report.target())).append("`\n\n");
        if (report.result().clean()) {
            out.append(":white_check_mark: No findings");
        } else {
            out.append("**").append(report.result().errors()).append(" error(s)**, ")
                    .append(report.result().warnings()).append(" warning(s)");
        }
        out.append(report.result().suppressed().isEmpty() ? "" : ", " + report.result().suppressed().size()
                + " suppressed").append(". ").append(report.planNote()).append("\n\n");
        if (!report.result().clean()) {
            out.append("| | rule | finding | where | fix |\n| --- | --- | --- | --- | --- |\n");
            for (Reported finding : report.result().findings()) {
                out.append("| ").append(finding.severity() == Severity.ERROR ? ":x:" : ":warning:").append(" | `")
                        .append(finding.rule()).append("` | ").append(cell(finding.finding().message())).append(" | ")
                        .append(finding.location() == null ? "" : "`" + code(finding.location().location()) + "`")
                        .append(" | ").append(cell(finding.finding().hint())).append(" |\n");
            }
            out.append('\n');
        }
        if (!report.result().suppressed().isEmpty()) {
            out.append("<details><summary>Suppressed by <code>converge:nolint</code> (")
                    .append(report.result().suppressed().size()).append(")</summary>\n\n");
            for (Reported finding : report.result().suppressed()) {
                out.append("- `").append(finding.rule()).append("` ").append(cell(finding.finding().message()))
                        .append(" (`").append(code(finding.suppressedBy().location())).append("`)\n");
            }
            out.append("\n</details>\n");
        }
        for (String note : report.notes()) {
            out.append("\n> **Note:** ").append(cell(note)).append('\n');
        }
        return out.toString();
    }

    private static String code(String text) {
        return text.replace("`", "'");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;");
    }
}
