package dev.converge.report;

import java.util.List;

import dev.converge.plan.DataCheck;
import dev.converge.plan.Hazard;
import dev.converge.plan.Statement;
import dev.converge.report.diagram.Diagram;
import dev.converge.report.diagram.HtmlPage;
import dev.converge.report.diagram.SvgRenderer;

/**
 * The plan as one self-contained HTML page (inline CSS and SVG; no script, nothing fetched, so it opens from a CI
 * artifact or an e-mail): the outcome, the picture of the tables it touches, its hazards, the data checks apply
 * runs first, each changed object with its definition diff, and the SQL.
 */
public final class HtmlReport implements ReportRenderer {

    @Override
    public String render(PlanReport report) {
        PlanAnalysis analysis = new PlanAnalysis(report);
        List<Statement> statements = report.plan().statements();
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"facts\">Target <code>").append(esc(report.target())).append("</code>, schemas ")
                .append(esc(String.join(", ", report.schemas()))).append(": ");
        if (statements.isEmpty()) {
            body.append("no changes, the database matches the desired state.</p>\n");
            return HtmlPage.page(report.title(), body.toString());
        }
        body.append(statements.size()).append(" statement(s) change ").append(analysis.drifted().size())
                .append(" object(s).</p>\n");
        diagram(body, report, analysis);
        hazards(body, statements, analysis);
        dataChecks(body, report.preflight().checks());
        changes(body, analysis);
        body.append("<h2>SQL</h2>\n<pre>").append(esc(new SqlReport().render(report))).append("</pre>\n");
        if (!report.unmanagedObjects().isEmpty()) {
            body.append("<p class=\"warning\">").append(report.unmanagedObjects().size())
                    .append(" object(s) of kinds Converge does not manage were neither compared nor changed.</p>\n");
        }
        return HtmlPage.page(report.title(), body.toString());
    }

    private static void diagram(StringBuilder body, PlanReport report, PlanAnalysis analysis) {
        Diagram diagram = PlanDiagram.of(report, analysis);
        if (diagram == null) {
            return;
        }
        body.append("<h2>Tables in this plan</h2>\n<p class=\"legend\"><span class=\"added\">created</span>"
                + "<span class=\"changed\">changed</span><span class=\"dropped\">dropped</span>"
                + "<span class=\"context\">unchanged neighbour</span> columns: + added, ~ changed, - dropped, "
                + "? nullable</p>\n<div class=\"diagram\">\n").append(SvgRenderer.render(diagram)).append("</div>\n");
    }

    private static void hazards(StringBuilder body, List<Statement> statements, PlanAnalysis analysis) {
        body.append("<h2>Hazards</h2>\n");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            for (Hazard hazard : statements.get(i).hazards().stream().sorted().toList()) {
                rows.append("<tr><td class=\"").append(hazard.destructive() ? "destructive" : "warning")
                        .append("\">").append(hazard.flagName()).append("</td><td>")
                        .append(esc(statements.get(i).summary())).append("</td><td><code>")
                        .append(esc(analysis.objectId(i))).append("</code></td><td>")
                        .append(esc(hazard.allowedBy())).append("</td></tr>\n");
            }
        }
        if (rows.isEmpty()) {
            body.append("<p>No hazards.</p>\n");
            return;
        }
        body.append("<table class=\"grid\"><tr><th>hazard</th><th>statement</th><th>object</th>"
                + "<th>allowed by</th></tr>\n").append(rows).append("</table>\n");
    }

    private static void dataChecks(StringBuilder body, List<DataCheck> checks) {
        body.append("<h2>Data checks</h2>\n");
        if (checks.isEmpty()) {
            body.append("<p>None: no change depends on the rows in the tables.</p>\n");
            return;
        }
        body.append("<p>Apply asks the live data these questions before it changes anything "
                + "(<code>plan --check-data</code> asks them now).</p>\n<table class=\"grid\"><tr><th>table</th>"
                + "<th>change</th><th>looks for</th><th>stops apply</th></tr>\n");
        for (DataCheck check : checks) {
            body.append("<tr><td><code>").append(esc(check.table().toString())).append("</code></td><td>")
                    .append(esc(check.change())).append("</td><td>").append(esc(check.finding())).append("</td><td>")
                    .append(check.blocking() ? "yes" : "no (shown)").append("</td></tr>\n");
        }
        body.append("</table>\n");
    }

    private static void changes(StringBuilder body, PlanAnalysis analysis) {
        body.append("<h2>Changes</h2>\n");
        for (ObjectState object : analysis.drifted()) {
            String diff = object.diff();
            body.append("<details><summary>").append(object.status()).append(' ').append(esc(object.kind()))
                    .append(" <code>").append(esc(object.name())).append("</code> (")
                    .append(object.statements().size()).append(" statement(s))</summary>\n");
            if (diff != null) {
                body.append("<pre>").append(esc(diff)).append("</pre>\n");
            }
            body.append("</details>\n");
        }
    }

    private static String esc(String text) {
        return HtmlPage.escape(text == null ? "" : text);
    }
}
