package dev.converge.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.PlanResult;
import dev.converge.app.PlanWorkflow;
import dev.converge.app.Reports;
import dev.converge.app.Target;

/** {@code converge plan}: shows the SQL that would make the database match the desired state; changes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show the SQL plan that would make the database match the desired state. Changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge plan --db postgresql://app@localhost/shop --desired schema/",
                "  PGHOST=db PGDATABASE=shop converge plan --desired schema/ --schema public --schema billing",
                "  converge plan --desired schema/ --out plan.json --out plan.md   # also writes an approvable plan",
                "", "Exit codes: 0 nothing to do, 2 changes pending, 1 error, 64 usage."})
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
        Target target = targetOptions.toTarget();
        var err = spec.commandLine().getErr();
        PlanResult result = new PlanWorkflow(outputOptions.progress(err)).plan(target);
        var printer = new PlanPrinter(spec.commandLine().getOut(), err, outputOptions.ansi());
        if (reportOptions.write(Reports.of("plan", target, result), spec.commandLine().getOut(),
                outputOptions.ansi())) {
            printer.warnUnmanaged(result);
        } else {
            printer.print("converge plan for " + target.database(), result);
        }
        return result.plan().isEmpty() ? Main.EXIT_OK : Main.EXIT_CHANGES;
    }
}
