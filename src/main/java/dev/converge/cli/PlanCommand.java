package dev.converge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.PlanResult;
import dev.converge.app.PlanWorkflow;
import dev.converge.app.Progress;
import dev.converge.app.Reports;
import dev.converge.app.ResolvedRun;
import dev.converge.app.Target;
import dev.converge.app.TargetOutcome;

/** {@code converge plan}: shows the SQL that would make the database match the desired state; changes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show the SQL plan that would make the database match the desired state. Changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge plan --db postgresql://app@localhost/shop --desired schema/",
                "  PGHOST=db PGDATABASE=shop converge plan --desired schema/ --schema public --schema billing",
                "  converge plan --desired schema/ --out plan.json --out plan.md   # also writes an approvable plan",
                "  converge plan --env staging                # databases, paths and schemas from converge.yaml",
                "", "Exit codes: 0 nothing to do, 2 changes pending, 1 error, 64 usage; with several targets, the worst."})
final class PlanCommand implements Callable<Integer> {

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
        return TargetOutcome.of(changes == 0 ? TargetOutcome.Kind.NO_CHANGES : TargetOutcome.Kind.CHANGES, changes);
    }
}
