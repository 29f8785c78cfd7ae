package dev.converge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.ApplyPolicy;
import dev.converge.app.ApplyWorkflow;
import dev.converge.app.ApplyWorkflow.ApplyResult;
import dev.converge.app.ApprovedPlanWorkflow;
import dev.converge.app.PlanResult;
import dev.converge.app.Target;
import dev.converge.apply.ApplyListener;
import dev.converge.connect.ConnectionSpec;
import dev.converge.error.UsageException;
import dev.converge.plan.Statement;
import dev.converge.report.ApprovedPlan;
import dev.converge.report.ApprovedPlanFile;

/** {@code converge apply}: converges the database to the desired state, all or nothing. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Make the database match the desired state. Shows the plan, asks for confirmation on a "
                + "terminal (--auto-approve otherwise), and runs it in one transaction: all or nothing. "
                + "Statements that destroy data are refused unless --allow-destructive is given.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge apply --db postgresql://app@localhost/shop --desired schema/",
                "  converge apply --desired schema/ --auto-approve --allow-destructive   # in CI, from PG* vars",
                "  converge apply --plan plan.json --auto-approve   # exactly the plan approved in review",
                "", "Exit codes: 0 applied or nothing to do, 1 error (nothing changed), 3 refused by policy "
                + "or the database changed since --plan was made (nothing changed), 64 usage."})
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

    @Option(names = "--plan", paramLabel = "FILE",
            description = "Apply exactly this approved plan (the JSON of 'converge plan --out plan.json') instead "
                    + "of planning again; refused with exit 3, nothing changed, if the database is no longer in "
                    + "the state the plan was made from. Takes no --desired.")
    Path approvedPlan;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!autoApprove && !OutputOptions.interactive()) {
            throw new UsageException("apply needs confirmation and standard input is not a terminal: "
                    + "review the plan with 'converge plan', then pass --auto-approve");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanPrinter printer = new PlanPrinter(out, err, outputOptions.ansi());
        ConnectionSpec database;
        ApplyResult result;
        if (approvedPlan != null) {
            database = targetOptions.databaseOnly();
            ApprovedPlan approved = ApprovedPlanFile.read(approvedPlan);
            result = new ApprovedPlanWorkflow(outputOptions.progress(err), listener(err)).apply(database, approved,
                    new ApplyPolicy(allowDestructive), confirmation(printer, database,
                            "converge apply of the approved plan " + approvedPlan + " to " + database));
        } else {
            Target target = targetOptions.toTarget();
            database = target.database();
            ApplyWorkflow workflow = new ApplyWorkflow(outputOptions.progress(err), listener(err));
            result = workflow.apply(target, new ApplyPolicy(allowDestructive),
                    confirmation(printer, database, "converge apply to " + database));
        }
        switch (result.outcome()) {
            case NOTHING_TO_DO -> {
                out.println("No changes: " + database + (approvedPlan != null ? " is in the approved plan's "
                        + "state and the plan is empty." : " already matches the desired state."));
                printer.warnUnmanaged(result.plan());
                return Main.EXIT_OK;
            }
            case DECLINED -> {
                err.println("converge: apply cancelled; nothing was changed.");
                return Main.EXIT_ERROR;
            }
            default -> {
                out.println("Applied " + result.plan().plan().statements().size() + " statement(s) to "
                        + database + ".");
                return Main.EXIT_OK;
            }
        }
    }

    private ApplyWorkflow.Confirmation confirmation(PlanPrinter printer, ConnectionSpec database, String title) {
        return new ApplyWorkflow.Confirmation() {
            @Override
            public void show(PlanResult plan) {
                printer.print(title, plan);
            }

            @Override
            public boolean confirm(PlanResult plan) {
                return autoApprove || askOnTerminal(database, plan);
            }
        };
    }

    private static boolean askOnTerminal(ConnectionSpec database, PlanResult plan) {
        String answer = System.console().readLine("Apply these %d statement(s) to %s? Only 'yes' is accepted: ",
                plan.plan().statements().size(), database);
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
