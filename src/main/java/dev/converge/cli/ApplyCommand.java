package dev.converge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.ApplyOptions;
import dev.converge.app.ApplyPolicy;
import dev.converge.app.ApplyWorkflow;
import dev.converge.app.ApplyWorkflow.ApplyResult;
import dev.converge.app.PlanResult;
import dev.converge.app.Target;
import dev.converge.apply.ApplyListener;
import dev.converge.apply.HistoryJournal;
import dev.converge.apply.PreflightReport;
import dev.converge.error.UsageException;
import dev.converge.plan.Statement;

/** {@code converge apply}: converges the database to the desired state, all or nothing. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Make the database match the desired state. Shows the plan, asks for confirmation on a "
                + "terminal (--auto-approve otherwise), and runs it in one transaction: all or nothing. "
                + "Statements that destroy data are refused unless --allow-destructive is given.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge apply --db postgresql://app@localhost/shop --desired schema/",
                "  converge apply --desired schema/ --auto-approve --allow-destructive   # in CI, from PG* vars",
                "", "Exit codes: 0 applied or nothing to do, 1 error (nothing changed), 3 refused by policy "
                + "(nothing changed), 64 usage."})
final class ApplyCommand implements Callable<Integer> {

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--auto-approve", description = "Apply without asking (required when not on a terminal).")
    boolean autoApprove;

    @Option(names = "--allow-destructive",
            description = "Allow statements that delete data: dropping tables, columns, schemas or sequences, "
                    + "and type changes that may lose data.")
    boolean allowDestructive;

    @Option(names = "--no-data-checks",
            description = "Skip the preflight over the live data (NULLs before SET NOT NULL, duplicates before a "
                    + "unique key, values that do not convert...). See docs/preflight.md.")
    boolean noDataChecks;

    @Option(names = "--no-history", description = "Do not record this run in the history table.")
    boolean noHistory;

    @Option(names = "--history-schema", paramLabel = "NAME", defaultValue = HistoryJournal.DEFAULT_SCHEMA,
            description = "Schema of the apply history table (created when missing; never a managed schema). "
                    + "Default: ${DEFAULT-VALUE}.")
    String historySchema;

    @Option(names = "--rehearse",
            description = "First run the plan on a schema-only copy of the target in a temporary database (on the "
                    + "--dev-db server) and check that it reaches the desired state; the target is touched only "
                    + "if it does.")
    boolean rehearse;

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
                new ApplyOptions(!noDataChecks, noHistory ? null : historySchema, rehearse));
        ApplyResult result = workflow.apply(target, new ApplyPolicy(allowDestructive),
                new ApplyWorkflow.Confirmation() {
                    @Override
                    public void show(PlanResult plan) {
                        printer.print("converge apply to " + target.database(), plan);
                    }

                    @Override
                    public void showPreflight(PreflightReport report) {
                        new PreflightPrinter(out).print(report, false);
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
        if (outputOptions.quiet || !OutputOptions.interactive()) {
            return ApplyListener.SILENT;
        }
        return new ApplyListener() {
            @Override
            public void finished(int index, int total, Statement statement, long millis) {
                err.printf("  [%d/%d] %s (%d ms)%n", index, total, statement.summary(), millis);
                err.flush();
            }
        };
    }
}
