package dev.converge.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.PlanResult;
import dev.converge.app.PlanWorkflow;
import dev.converge.app.PreflightWorkflow;
import dev.converge.app.Target;
import dev.converge.apply.PreflightReport;

/** {@code converge plan}: shows the SQL that would make the database match the desired state; changes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show the SQL plan that would make the database match the desired state. Changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge plan --db postgresql://app@localhost/shop --desired schema/",
                "  PGHOST=db PGDATABASE=shop converge plan --desired schema/ --schema public --schema billing",
                "", "Exit codes: 0 nothing to do, 2 changes pending, 1 error (or --check-data found data the plan "
                + "would fail on), 64 usage."})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--check-data",
            description = "Also ask the live data whether the plan would fail on it (NULLs, duplicates, rows "
                    + "violating a new check or foreign key, removed enum values, values that do not convert) "
                    + "and show the size of the tables it rewrites or indexes. Exit 1 when it would fail.")
    boolean checkData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Target target = targetOptions.toTarget();
        var err = spec.commandLine().getErr();
        PlanResult result = new PlanWorkflow(outputOptions.progress(err)).plan(target);
        new PlanPrinter(spec.commandLine().getOut(), err, outputOptions.ansi())
                .print("converge plan for " + target.database(), result);
        if (checkData) {
            PreflightReport report = new PreflightWorkflow(outputOptions.progress(err)).check(target, result);
            new PreflightPrinter(spec.commandLine().getOut()).print(report, true);
            if (!report.blocking().isEmpty()) {
                err.println("converge: error: " + report.blocking().size()
                        + " data check(s) fail: applying this plan would fail on the current data");
                err.flush();
                return Main.EXIT_ERROR;
            }
        }
        return result.plan().isEmpty() ? Main.EXIT_OK : Main.EXIT_CHANGES;
    }
}
