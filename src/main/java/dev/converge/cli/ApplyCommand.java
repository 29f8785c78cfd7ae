package dev.converge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
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
import dev.converge.app.ApprovedPlanWorkflow;
import dev.converge.app.PlanResult;
import dev.converge.app.Progress;
import dev.converge.app.ResolvedRun;
import dev.converge.app.Target;
import dev.converge.app.TargetOutcome;
import dev.converge.apply.HistoryJournal;
import dev.converge.apply.PreflightReport;
import dev.converge.connect.ConnectionSpec;
import dev.converge.error.UsageException;
import dev.converge.model.Plural;
import dev.converge.plan.Hazard;
import dev.converge.plan.Phase;
import dev.converge.report.ApprovedPlan;
import dev.converge.report.ApprovedPlanFile;
import dev.converge.source.config.PolicyConfig;

/** {@code converge apply}: converges the database to the desired state, all or nothing. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Make the database match the desired state. Shows the plan, asks for confirmation on a "
                + "terminal (--auto-approve otherwise), and runs it in one transaction: all or nothing. "
                + "Statements that destroy data are refused unless --allow-destructive is given.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge apply --db postgresql://app@localhost/shop --desired schema/",
                "  converge apply --desired schema/ --auto-approve --allow-destructive   # in CI, from PG* vars",
                "  converge apply --env staging --auto-approve   # every database of the environment, its policy",
                "  converge apply --plan plan.json --auto-approve   # exactly the plan approved in review",
                "", "Exit codes: 0 applied or nothing to do, 1 error (nothing changed), 3 refused by policy "
                + "or the database changed since --plan was made (nothing changed), 64 usage, 130 interrupted "
                + "(Ctrl-C or SIGTERM: the running statement is cancelled and rolled back, and what was committed "
                + "before is listed); with several targets, the worst."})
final class ApplyCommand implements Callable<Integer> {

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--auto-approve", description = "Apply without asking (required when not on a terminal).")
    boolean autoApprove;

    @Mixin
    SafetyOptions safetyOptions;

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

    @Option(names = "--rehearse", negatable = true,
            description = "First run the plan on a schema-only copy of the target in a temporary database (on the "
                    + "--dev-db server) and check that it reaches the desired state; the target is touched only "
                    + "if it does. On by default; --no-rehearse skips it.")
    Boolean rehearse;

    @Option(names = "--backup", negatable = true,
            description = "Keep what drops destroy: a dropped table is moved into schema converge_backup, a "
                    + "dropped column's values are copied there with the primary key first; 'converge backups' "
                    + "lists them. Default: the environment's policy.backup, else no.")
    Boolean backup;

    @Option(names = "--phase", paramLabel = "PHASE", converter = PhaseConverter.class,
            description = "Apply only this expand/contract phase: 'expand' (what the application's current code "
                    + "survives: new objects, nullable or defaulted columns, widened types, indexes, NOT VALID "
                    + "constraints, grants) or 'contract' (drops, renames, narrowing, NOT NULL, validation, "
                    + "revokes; refused while expand statements remain). The plan shows each statement's phase; "
                    + "see docs/safety.md.")
    Phase phase;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "Apply exactly this approved plan (the JSON of 'converge plan --out plan.json') instead "
                    + "of planning again; refused with exit 3, nothing changed, if the database is no longer in "
                    + "the state the plan was made from. Takes no --desired.")
    Path approvedPlan;

    @Spec
    CommandSpec spec;

    /** Ctrl-C and SIGTERM while this command runs: see {@link Interrupts}. */
    private Interrupts interrupts;

    @Override
    public Integer call() {
        try (Interrupts installed = Interrupts.install(spec.commandLine().getErr())) {
            interrupts = installed;
            return run();
        }
    }

    private int run() {
        if (approvedPlan != null) {
            if (phase != null) {
                throw new UsageException("--phase cannot be combined with --plan: an approved plan is applied whole");
            }
            return applyApproved();
        }
        ResolvedRun run = targetOptions.resolve();
        if (!autoApprove && (!OutputOptions.interactive() || run.multiTarget())) {
            throw new UsageException((run.multiTarget() ? "apply to " + run.targets().size() + " targets"
                    : "apply needs confirmation and standard input is not a terminal")
                    + ": review the plan with 'converge plan', then pass --auto-approve");
        }
        ApplyPolicy policy = policy(run.policy());
        boolean backups = backup != null ? backup : run.policy().backup();
        return TargetRuns.run(run, targetOptions.keepGoing, spec.commandLine().getOut(), spec.commandLine().getErr(),
                outputOptions, (target, out, err, progress) -> applyOne(target, policy, backups, out, err, progress));
    }

    /**
     * The flags add to the environment's policy: hazards allowed by either are allowed. --[no-]allow-destructive
     * wins over the environment's allow_destructive; allowing the deletes-data hazard allows destruction too.
     */
    private ApplyPolicy policy(PolicyConfig environment) {
        Boolean flag = safetyOptions.allowDestructive;
        boolean destructive = flag != null ? flag
                : environment.allowDestructive() != null ? environment.allowDestructive()
                : environment.allowedHazards() != null && environment.allowedHazards().contains(Hazard.DELETES_DATA);
        Set<Hazard> allowed = EnumSet.noneOf(Hazard.class);
        allowed.addAll(safetyOptions.allowedHazards());
        if (environment.allowedHazards() != null) {
            allowed.addAll(environment.allowedHazards());
        }
        return new ApplyPolicy(destructive, allowed, environment.requireApprovedPlan());
    }

    private TargetOutcome applyOne(Target target, ApplyPolicy policy, boolean backups, PrintWriter out,
                                   PrintWriter err,
                                   Progress progress) {
        long started = System.nanoTime();
        PlanPrinter printer = new PlanPrinter(out, err, outputOptions.ansi());
        ApplyResult result;
        try (ApplyProgress listener = listener(err)) {
            ApplyWorkflow workflow = new ApplyWorkflow(progress, listener, safetyOptions.settings(),
                    new ApplyOptions(!noDataChecks, noHistory ? null : historySchema, !Boolean.FALSE.equals(rehearse),
                            phase, backups), interrupts.interruption());
            result = workflow.apply(target, policy,
                    confirmation(printer, out, target.database(), "converge apply to " + target.database()));
        }
        int statements = result.plan().plan().statements().size();
        switch (result.outcome()) {
            case NOTHING_TO_DO -> {
                out.println((phase == null ? "No changes: " + target.database() + " already matches the desired state"
                        : "No " + phase.label() + " changes for " + target.database()) + " (" + Elapsed.since(started)
                        + ").");
                printer.warnUnmanaged(result.plan());
                return TargetOutcome.of(TargetOutcome.Kind.NO_CHANGES, 0);
            }
            case DECLINED -> {
                err.println("converge: apply cancelled; nothing was changed.");
                return TargetOutcome.of(TargetOutcome.Kind.FAILED, statements);
            }
            default -> {
                out.println("Applied " + Plural.of(statements, "statement") + " to " + target.database() + " in "
                        + Elapsed.since(started) + ".");
                return TargetOutcome.of(TargetOutcome.Kind.APPLIED, statements);
            }
        }
    }

    /**
     * apply --plan: one database (--db or the PG* variables), the recorded statements, refused when the database
     * is no longer in the state the plan was made from. This is how an environment that requires approved plans
     * is applied.
     */
    private int applyApproved() {
        if (targetOptions.environment != null) {
            throw new UsageException("--plan applies to one database: give it with --db (or the PG* variables), "
                    + "not --env");
        }
        if (!autoApprove && !OutputOptions.interactive()) {
            throw new UsageException("apply needs confirmation and standard input is not a terminal: "
                    + "review the plan, then pass --auto-approve");
        }
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanPrinter printer = new PlanPrinter(out, err, outputOptions.ansi());
        ConnectionSpec database = targetOptions.databaseOnly();
        ApprovedPlan approved = ApprovedPlanFile.read(approvedPlan);
        ApplyResult result;
        try (ApplyProgress listener = listener(err)) {
            result = new ApprovedPlanWorkflow(outputOptions.progress(err), listener, safetyOptions.settings(),
                    interrupts.interruption()).apply(database, approved, policy(PolicyConfig.DEFAULT),
                    confirmation(printer, out, database, "converge apply of the approved plan " + approvedPlan
                            + " to " + database));
        }
        switch (result.outcome()) {
            case NOTHING_TO_DO -> {
                out.println("No changes: " + database + " is in the approved plan's state and the plan is empty.");
                printer.warnUnmanaged(result.plan());
                return Main.EXIT_OK;
            }
            case DECLINED -> {
                err.println("converge: apply cancelled; nothing was changed.");
                return Main.EXIT_ERROR;
            }
            default -> {
                out.println("Applied " + Plural.of(result.plan().plan().statements().size(), "statement") + " to "
                        + database + " in " + Elapsed.since(started) + ".");
                return Main.EXIT_OK;
            }
        }
    }

    private ApplyWorkflow.Confirmation confirmation(PlanPrinter printer, PrintWriter out, ConnectionSpec database,
                                                   String title) {
        return new ApplyWorkflow.Confirmation() {
            @Override
            public void show(PlanResult plan) {
                printer.print(title, plan);
            }

            @Override
            public void showPreflight(PreflightReport report) {
                new PreflightPrinter(out).print(report, false);
            }

            @Override
            public boolean confirm(PlanResult plan) {
                return autoApprove || askOnTerminal(database, plan);
            }
        };
    }

    private static boolean askOnTerminal(ConnectionSpec database, PlanResult plan) {
        String answer = System.console().readLine("Apply %s to %s? Only 'yes' is accepted: ",
                Plural.of(plan.plan().statements().size(), "statement"), database);
        return "yes".equals(answer == null ? null : answer.trim());
    }

    /** Statement progress on standard error, none with --quiet (see {@link ApplyProgress}). */
    private ApplyProgress listener(PrintWriter err) {
        return outputOptions.quiet ? ApplyProgress.silent() : new ApplyProgress(err, OutputOptions.interactive());
    }

    static final class PhaseConverter implements picocli.CommandLine.ITypeConverter<Phase> {
        @Override
        public Phase convert(String value) {
            return Phase.fromLabel(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "unknown phase '" + value + "'; known: expand, contract"));
        }
    }
}
