package dev.converge.cli;

import java.io.PrintWriter;

import dev.converge.app.PlanResult;
import dev.converge.report.Ansi;
import dev.converge.report.TextPlanReport;

/** Prints a plan the same way for plan, apply and drift: a header, the statements, warnings, a summary. */
final class PlanPrinter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Ansi ansi;

    PlanPrinter(PrintWriter out, PrintWriter err, Ansi ansi) {
        this.out = out;
        this.err = err;
        this.ansi = ansi;
    }

    void print(String title, PlanResult result) {
        out.println(ansi.bold("-- " + title));
        out.println(ansi.dim("-- managed schemas: " + String.join(", ", result.schemas())));
        out.println();
        out.print(new TextPlanReport(ansi).render(result.plan()));
        out.flush();
        warnUnmanaged(result);
    }

    /** Objects Converge left out are never silent: the user must know the plan did not cover them. */
    void warnUnmanaged(PlanResult result) {
        if (result.unmanagedObjects().isEmpty()) {
            return;
        }
        err.println(ansi.yellow("warning: " + result.unmanagedObjects().size()
                + " object(s) in the managed schemas are of a kind Converge does not manage yet; they were "
                + "neither compared nor changed:"));
        result.unmanagedObjects().forEach(name -> err.println("  " + name));
        err.flush();
    }
}
