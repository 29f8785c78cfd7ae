package dev.converge.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.converge.plan.Statement;

/**
 * A summary fit for a pull-request comment: the outcome in one line, the hazards first (they are what a reviewer
 * must look at), a table of changed objects per kind and status, then the diffs and the SQL in collapsed blocks.
 */
public final class MarkdownReport implements ReportRenderer {

    @Override
    public String render(PlanReport report) {
        PlanAnalysis analysis = new PlanAnalysis(report);
        List<Statement> statements = report.plan().statements();
        StringBuilder out = new StringBuilder();
        out.append("### Converge ").append(report.command()).append(": `").append(code(report.target()))
                .append("`\n\n");
        if (statements.isEmpty()) {
            out.append("No changes: the database matches the desired state (schemas: ")
                    .append(String.join(", ", report.schemas())).append(").\n");
            unmanaged(out, report);
            return out.toString();
        }
        out.append("**").append(statements.size()).append(" statement(s)** change **")
                .append(analysis.drifted().size()).append(" object(s)** in schemas ")
                .append(String.join(", ", report.schemas())).append(".\n\n");
        hazards(out, report, analysis);
        counts(out, analysis);
        out.append(PlanDiagram.markdown(report, analysis));
        diffs(out, analysis);
        out.append("<details><summary>SQL (").append(statements.size()).append(" statements)</summary>\n\n");
        out.append("```sql\n").append(fence(new SqlReport().render(report))).append("```\n\n</details>\n");
        unmanaged(out, report);
        return out.toString();
    }

    private static void hazards(StringBuilder out, PlanReport report, PlanAnalysis analysis) {
        List<Statement> statements = report.plan().statements();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            for (String hazard : Hazards.names(statement)) {
                boolean destructive = statement.hazards().stream()
                        .anyMatch(h -> h.flagName().equals(hazard) && h.destructive());
                rows.append("| ").append(destructive ? ":x: " : ":warning: ").append('`').append(hazard)
                        .append("` | ").append(cell(statement.summary())).append(" | `")
                        .append(code(analysis.objectId(i))).append("` |\n");
            }
        }
        if (rows.isEmpty()) {
            out.append("No hazards.\n\n");
            return;
        }
        out.append("#### Hazards\n\n| hazard | statement | object |\n| --- | --- | --- |\n").append(rows)
                .append("\n:x: is refused by `apply` unless `--allow-destructive` is given.\n\n");
    }

    private static void counts(StringBuilder out, PlanAnalysis analysis) {
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        for (ObjectState object : analysis.drifted()) {
            byKind.computeIfAbsent(object.kind(), k -> new TreeMap<>()).merge(object.status(), 1, Integer::sum);
        }
        out.append("#### Changes per kind\n\n| kind | created | changed | dropped |\n| --- | ---: | ---: | ---: |\n");
        byKind.forEach((kind, counts) -> out.append("| ").append(kind).append(" | ")
                .append(counts.getOrDefault("created", 0)).append(" | ")
                .append(counts.getOrDefault("changed", 0)).append(" | ")
                .append(counts.getOrDefault("dropped", 0)).append(" |\n"));
        out.append('\n');
    }

    private static void diffs(StringBuilder out, PlanAnalysis analysis) {
        for (ObjectState object : analysis.drifted()) {
            String diff = object.diff();
            if (diff != null) {
                out.append("<details><summary>").append(object.status()).append(' ').append(object.kind())
                        .append(" <code>").append(html(object.name())).append("</code></summary>\n\n```diff\n")
                        .append(fence(diff)).append("\n```\n\n</details>\n");
            }
        }
        out.append('\n');
    }

    private static void unmanaged(StringBuilder out, PlanReport report) {
        if (!report.unmanagedObjects().isEmpty()) {
            out.append("\n> **Note:** ").append(report.unmanagedObjects().size())
                    .append(" object(s) of kinds Converge does not manage were neither compared nor changed.\n");
        }
    }

    /** Text inside a fenced block cannot end the fence early. */
    private static String fence(String text) {
        return text.replace("```", "`\u200b``");
    }

    private static String code(String text) {
        return text.replace("`", "'");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
