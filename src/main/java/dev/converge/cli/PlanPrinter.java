package dev.converge.cli;

import java.io.PrintWriter;

import dev.converge.app.PlanResult;
import dev.converge.app.Reports;
import dev.converge.report.Ansi;
import dev.converge.report.TextReport;
import dev.converge.model.Plural;

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
        out.print(new TextReport(ansi).render(title, Reports.of("plan", "", result)));
        out.flush();
        warnUnmanaged(result);
    }

    /**
     * Objects and schemas Converge left out are never silent: the user must know the plan did not cover them.
     */
    void warnUnmanaged(PlanResult result) {
        noteOtherSchemas(result);
        if (result.unmanagedObjects().isEmpty()) {
            return;
        }
        boolean one = result.unmanagedObjects().size() == 1;
        err.println(ansi.yellow("warning: " + Plural.of(result.unmanagedObjects().size(), "object")
                + " in the managed schemas " + (one ? "is" : "are") + " of a kind Converge does not manage yet; "
                + (one ? "it was" : "they were") + " neither compared nor changed:"));
        result.unmanagedObjects().forEach(name -> err.println("  " + name));
        err.flush();
    }

    /** Schemas the managed set left out (no --schema given): what is in them is neither compared nor changed. */
    private void noteOtherSchemas(PlanResult result) {
        if (result.otherSchemas().isEmpty()) {
            return;
        }
        err.println(ansi.yellow("note: " + (result.otherSchemas().size() == 1 ? "schema " : "schemas ")
                + String.join(", ", result.otherSchemas()) + " of the database " + (result.otherSchemas().size() == 1
                ? "is" : "are") + " outside the managed set (" + String.join(", ", result.schemas())
                + ") and not compared; to manage them (and drop them when the desired state no longer has them), "
                + "list every managed schema with --schema or 'schemas:' in converge.yaml"));
        err.flush();
    }
}
