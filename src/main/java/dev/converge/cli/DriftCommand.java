package dev.converge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.DriftWorkflow;
import dev.converge.app.DriftWorkflow.DriftResult;
import dev.converge.app.Progress;
import dev.converge.app.Reports;
import dev.converge.app.ResolvedRun;
import dev.converge.app.Target;
import dev.converge.app.TargetOutcome;
import dev.converge.model.Plural;

/** {@code converge drift}: does the database still match the desired state? For CI; changes nothing. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Check whether the database still matches the desired state; print what differs as the "
                + "SQL that would converge it. Changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge drift --db \"$PRODUCTION_URL\" --desired schema/ || echo 'production drifted'",
                "  converge drift --env production --keep-going   # every database of the environment, one summary",
                "  converge drift --desired schema/ --format junit --out drift.xml --format sarif --out drift.sarif "
                        + "--format markdown   # two files, markdown on standard output",
                "", "Exit codes: 0 no drift, 2 drift present, 1 error, 64 usage; with several targets, the worst."})
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
        reportOptions.prepare(outputOptions);
        ResolvedRun run = targetOptions.resolve();
        reportOptions.requireSingleTarget(run);
        return TargetRuns.run(run, targetOptions.keepGoing, spec.commandLine().getOut(),
                spec.commandLine().getErr(), outputOptions, this::driftOne);
    }

    private TargetOutcome driftOne(Target target, PrintWriter out, PrintWriter err, Progress progress) {
        DriftResult drift = new DriftWorkflow(progress).check(target);
        var printer = new PlanPrinter(out, err, outputOptions.ansi());
        int changes = drift.plan().plan().statements().size();
        TargetOutcome outcome = drift.drifted() ? TargetOutcome.of(TargetOutcome.Kind.DRIFT, changes)
                : TargetOutcome.of(TargetOutcome.Kind.NO_CHANGES, 0);
        if (reportOptions.write(Reports.of("drift", target, drift.plan()), out, outputOptions.ansi())) {
            printer.warnUnmanaged(drift.plan());
            return outcome;
        }
        if (!drift.drifted()) {
            out.println("No drift: " + target.database() + " matches the desired state (schemas: "
                    + String.join(", ", drift.plan().schemas()) + ").");
            out.flush();
            printer.warnUnmanaged(drift.plan());
            return outcome;
        }
        printer.print("drift in " + target.database() + ": " + Plural.of(changes, "statement") + " needed to converge",
                drift.plan());
        return outcome;
    }
}
