package dev.converge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.PlanResult;
import dev.converge.app.PlanWorkflow;
import dev.converge.app.PreflightWorkflow;
import dev.converge.app.Progress;
import dev.converge.app.Reports;
import dev.converge.app.ResolvedRun;
import dev.converge.app.Target;
import dev.converge.app.TargetOutcome;
import dev.converge.apply.PreflightReport;
import dev.converge.model.Plural;

/** {@code converge plan}: shows the SQL that would make the database match the desired state; changes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show the SQL plan that would make the database match the desired state. Changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge plan --db postgresql://app@localhost/shop --desired schema/",
                "  PGHOST=db PGDATABASE=shop converge plan --desired schema/ --schema public --schema billing",
                "  converge plan --desired schema/ --out plan.json --out plan.md   # also writes an approvable plan",
                "  converge plan --env staging                # databases, paths and schemas from converge.yaml",
                "  converge plan --desired schema/ --check-data   # would the plan fail on the live rows?",
                "", "Exit codes: 0 nothing to do, 2 changes pending, 1 error (or --check-data found data the plan "
                + "would fail on), 64 usage; with several targets, the worst."})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    OutputOptions outputOptions;

    @Mixin
    ReportOptions reportOptions;

    @Option(names = "--check-data",
            description = "Also ask the live data whether the plan would fail on it (NULLs, duplicates, rows "
                    + "violating a new check or foreign key, removed enum values, values that do not convert) "
                    + "and show the size of the tables it rewrites or indexes. Exit 1 when it would fail.")
    boolean checkData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        reportOptions.prepare(outputOptions);
        ResolvedRun run = targetOptions.resolve();
        reportOptions.requireSingleTarget(run);
        return TargetRuns.run(run, targetOptions.keepGoing, spec.commandLine().getOut(),
                spec.commandLine().getErr(), outputOptions, this::planOne);
    }

    private TargetOutcome planOne(Target target, PrintWriter out, PrintWriter err, Progress progress) {
        PlanResult result = new PlanWorkflow(progress).plan(target);
        var printer = new PlanPrinter(out, err, outputOptions.ansi());
        if (reportOptions.write(Reports.of("plan", target, result), out, outputOptions.ansi())) {
            printer.warnUnmanaged(result);
        } else {
            printer.print("converge plan for " + target.database(), result);
        }
        int changes = result.plan().statements().size();
        if (checkData) {
            PreflightReport report = new PreflightWorkflow(progress).check(target, result);
            new PreflightPrinter(out).print(report, true);
            if (!report.blocking().isEmpty()) {
                err.println("converge: error: " + Plural.of(report.blocking().size(), "data check")
                        + (report.blocking().size() == 1 ? " fails" : " fail")
                        + ": applying this plan would fail on the current data");
                err.flush();
                return TargetOutcome.of(TargetOutcome.Kind.FAILED, changes);
            }
        }
        return TargetOutcome.of(changes == 0 ? TargetOutcome.Kind.NO_CHANGES : TargetOutcome.Kind.CHANGES, changes);
    }
}
