package dev.converge.report;

import java.util.HashSet;
import java.util.Set;

/**
 * The human format: a title, the managed schemas, then each statement under its summary and hazards, with a
 * unified diff of the definition of each changed object (under the first statement that changes it). Coloured
 * when {@link Ansi} is enabled; without colour it is a SQL script that runs as it is.
 */
public final class TextReport implements ReportRenderer {

    private final Ansi ansi;

    public TextReport(Ansi ansi) {
        this.ansi = ansi;
    }

    @Override
    public String render(PlanReport report) {
        return render(report.title(), report);
    }

    public String render(String title, PlanReport report) {
        StringBuilder out = new StringBuilder();
        out.append(ansi.bold("-- " + title)).append('\n');
        out.append(ansi.dim("-- managed schemas: " + String.join(", ", report.schemas()))).append('\n');
        out.append('\n');
        PlanAnalysis analysis = new PlanAnalysis(report);
        Set<String> shown = new HashSet<>();
        out.append(new TextPlanReport(ansi).render(report.plan(), index -> {
            String id = analysis.objectId(index);
            return shown.add(id) ? analysis.object(id).diff() : null;
        }));
        return out.toString();
    }
}
