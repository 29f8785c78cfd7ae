package dev.converge.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.DriftWorkflow;
import dev.converge.app.DriftWorkflow.DriftResult;
import dev.converge.app.Reports;
import dev.converge.app.Target;

/** {@code converge drift}: does the database still match the desired state? For CI; changes nothing. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Check whether the database still matches the desired state; print what differs as the "
                + "SQL that would converge it. Changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge drift --db \"$PRODUCTION_URL\" --desired schema/ || echo 'production drifted'",
                "  converge drift --desired schema/ --format junit --out drift.xml --format sarif --out drift.sarif "
                        + "--format markdown   # two files, markdown on standard output",
                "", "Exit codes: 0 no drift, 2 drift present, 1 error, 64 usage."})
final class DriftCommand implements Callable<Integer> {

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    OutputOptions outputOptions;

    @Mixin
    ReportOptions reportOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        reportOptions.destinations();
        Target target = targetOptions.toTarget();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        DriftResult drift = new DriftWorkflow(outputOptions.progress(err)).check(target);
        var printer = new PlanPrinter(out, err, outputOptions.ansi());
        if (reportOptions.write(Reports.of("drift", target, drift.plan()), out, outputOptions.ansi())) {
            printer.warnUnmanaged(drift.plan());
            return drift.drifted() ? Main.EXIT_CHANGES : Main.EXIT_OK;
        }
        if (!drift.drifted()) {
            out.println("No drift: " + target.database() + " matches the desired state (schemas: "
                    + String.join(", ", drift.plan().schemas()) + ").");
            out.flush();
            printer.warnUnmanaged(drift.plan());
            return Main.EXIT_OK;
        }
        printer.print("drift in " + target.database() + ": " + drift.plan().plan().statements().size()
                + " statement(s) needed to converge", drift.plan());
        return Main.EXIT_CHANGES;
    }
}
