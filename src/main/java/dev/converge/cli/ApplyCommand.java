package dev.converge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.ApplyWorkflow;
import dev.converge.app.ApplyWorkflow.ApplyResult;
import dev.converge.app.PlanResult;
import dev.converge.app.Target;
import dev.converge.apply.ApplyListener;
import dev.converge.error.UsageException;
import dev.converge.plan.Statement;

/** {@code converge apply}: converges the database to the desired state, all or nothing. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Make the database match the desired state. Shows the plan, asks for confirmation on a "
                + "terminal (--auto-approve otherwise), and runs it in one transaction (all or nothing), with "
                + "index builds and validations online after the commit. A plan with hazards not allowed by "
                + "--allow-hazard (or --allow-destructive) is refused. See docs/safety.md.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge apply --db postgresql://app@localhost/shop --desired schema/",
                "  converge apply --desired schema/ --auto-approve --allow-destructive   # in CI, from PG* vars",
                "  converge apply --desired schema/ --allow-hazard index-build --allow-hazard validates-rows",
                "", "Exit codes: 0 applied or nothing to do, 1 error (the failed transaction is rolled back; "
                + "online steps already done stay done, and a new apply continues), 3 refused by policy "
                + "(nothing changed), 64 usage."})
final class ApplyCommand implements Callable<Integer> {

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--auto-approve", description = "Apply without asking (required when not on a terminal).")
    boolean autoApprove;

    @Mixin
    SafetyOptions safetyOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!autoApprove && !OutputOptions.interactive()) {
            throw new UsageException("apply needs confirmation and standard input is not a terminal: "
                    + "review the plan with 'converge plan', then pass --auto-approve");
        }
        Target target = targetOptions.toTarget();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanPrinter printer = new PlanPrinter(out, err, outputOptions.ansi());
        ApplyWorkflow workflow = new ApplyWorkflow(outputOptions.progress(err), listener(err),
                safetyOptions.settings());
        ApplyResult result = workflow.apply(target, safetyOptions.policy(),
                new ApplyWorkflow.Confirmation() {
                    @Override
                    public void show(PlanResult plan) {
                        printer.print("converge apply to " + target.database(), plan);
                    }

                    @Override
                    public boolean confirm(PlanResult plan) {
                        return autoApprove || askOnTerminal(target, plan);
                    }
                });
        switch (result.outcome()) {
            case NOTHING_TO_DO -> {
                out.println("No changes: " + target.database() + " already matches the desired state.");
                printer.warnUnmanaged(result.plan());
                return Main.EXIT_OK;
            }
            case DECLINED -> {
                err.println("converge: apply cancelled; nothing was changed.");
                return Main.EXIT_ERROR;
            }
            default -> {
                out.println("Applied " + result.plan().plan().statements().size() + " statement(s) to "
                        + target.database() + ".");
                return Main.EXIT_OK;
            }
        }
    }

    private static boolean askOnTerminal(Target target, PlanResult plan) {
        String answer = System.console().readLine("Apply these %d statement(s) to %s? Only 'yes' is accepted: ",
                plan.plan().statements().size(), target.database());
        return "yes".equals(answer == null ? null : answer.trim());
    }

    private ApplyListener listener(PrintWriter err) {
        if (outputOptions.quiet) {
            return ApplyListener.SILENT;
        }
        boolean interactive = OutputOptions.interactive();
        return new ApplyListener() {
            @Override
            public void retrying(int index, int total, Statement statement, int attempt, long delayMillis) {
                err.printf("converge: [%d/%d] %s: lock timeout, retry %d in %d ms%n", index, total,
                        statement.summary(), attempt, delayMillis);
                err.flush();
            }

            @Override
            public void finished(int index, int total, Statement statement, long millis) {
                if (!interactive) {
                    return;
                }
                err.printf("  [%d/%d] %s (%d ms)%n", index, total, statement.summary(), millis);
                err.flush();
            }
        };
    }
}
