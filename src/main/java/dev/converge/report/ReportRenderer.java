package dev.converge.report;

/** Turns a plan or drift report into the text of one format; the same report always gives the same text. */
public interface ReportRenderer {
    String render(PlanReport report);
}
