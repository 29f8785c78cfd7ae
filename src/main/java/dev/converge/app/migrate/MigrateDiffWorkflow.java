package dev.converge.app.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.converge.app.DesiredState;
import dev.converge.app.Progress;
import dev.converge.change.ChangeSet;
import dev.converge.diff.Differ;
import dev.converge.error.UsageException;
import dev.converge.model.Catalog;
import dev.converge.model.RenameHint;
import dev.converge.plan.Plan;
import dev.converge.plan.PlanStep;
import dev.converge.plan.Planner;
import dev.converge.plan.Statement;

/**
 * {@code converge migrate diff NAME}: the next versioned migration of a directory. The directory's migrations are
 * replayed in order into a scratch database; the plan from that state to the desired state is the up migration.
 * Each transaction of the plan (and each statement PostgreSQL runs only outside one) becomes a step, which is run
 * in the scratch database and read back, so that its down is the plan from the state it left to the state before
 * it: it undoes exactly that step, renames included. After the last step the scratch database must match the
 * desired state, or nothing is written. The files go into the directory in the tool's layout, with the integrity
 * file updated.
 */
public final class MigrateDiffWorkflow {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final Progress progress;

    public MigrateDiffWorkflow(Progress progress) {
        this.progress = progress;
    }

    /** What was written (nothing when the directory already reaches the desired state) and the plan it holds. */
    public record Outcome(MigrationFormat format, List<String> written, Plan up, List<String> downDataLoss) {
        public Outcome {
            written = List.copyOf(written);
            downDataLoss = List.copyOf(downDataLoss);
        }
    }

    public Outcome diff(MigrateRequest request, String name) {
        String fileName = fileName(name);
        MigrationSet set = MigrationSet.read(request);
        try (ScratchDatabase scratch = new ScratchDatabase(request)) {
            scratch.replayAll(set, progress);
            DesiredState desired = scratch.desired(progress);
            Catalog current = scratch.inspect(desired.schemas());
            Catalog desiredCatalog = request.filter().apply(desired.catalog());
            ChangeSet changes = Differ.diff(current, desiredCatalog, desired.renameHints());
            Plan plan = Planner.plan(changes);
            if (plan.isEmpty()) {
                return new Outcome(set.format(), List.of(), plan, List.of());
            }
            List<RenameHint> reverse = Reversal.hints(changes);
            List<GeneratedStep> steps = new ArrayList<>();
            Catalog before = current;
            progress.step("running the " + plan.statements().size() + " statement(s) of the new migration in the "
                    + "scratch database to compute its down migration");
            for (PlanStep step : units(plan, set.format().layout())) {
                scratch.replay().run(step);
                Catalog after = scratch.inspect(desired.schemas());
                steps.add(new GeneratedStep(step.statements(),
                        validateInside(Planner.plan(Differ.diff(after, before, reverse)).statements())));
                before = after;
            }
            refuseUnconverged(before, desiredCatalog);
            String header = Headers.top(fileName, String.join(", ", request.desired().stream()
                    .map(Object::toString).toList()));
            List<WrittenFile> written = new ArrayList<>(set.format().layout().write(set.directory(), set.files(),
                    set.nextMajor(), fileName, steps, header));
            written.add(IntegrityFile.withWritten(set.directory(), set.files(), written));
            set.directory().write(written);
            List<String> loss = steps.stream().flatMap(s -> s.down().stream()).filter(Statement::isDestructive)
                    .map(Statement::summary).toList();
            return new Outcome(set.format(), written.stream().map(WrittenFile::name).toList(), plan, loss);
        }
    }

    /**
     * The plan's transactions and lone statements, as the tool can hold them: consecutive statements that run
     * outside a transaction share one script where the tool runs such a script statement by statement.
     */
    private static List<PlanStep> units(Plan plan, MigrationLayout layout) {
        List<PlanStep> units = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            int last = units.size() - 1;
            if (layout.mergesOutsideTransaction() && !step.transactional() && last >= 0
                    && !units.get(last).transactional()) {
                List<Statement> merged = new ArrayList<>(units.get(last).statements());
                merged.addAll(step.statements());
                units.set(last, new PlanStep(false, merged));
            } else {
                units.add(step);
            }
        }
        return units;
    }

    /**
     * In a down migration, a constraint's validation runs in the transaction with the rest. The planner runs it
     * on its own so that a live table is not locked while its rows are scanned; undoing a migration is a
     * maintenance step whose all-or-nothing transaction matters more, and PostgreSQL validates fine inside one.
     */
    private static List<Statement> validateInside(List<Statement> down) {
        return down.stream().map(s -> !s.transactional() && s.sql().contains(" VALIDATE CONSTRAINT ")
                ? new Statement(s.sql(), Statement.Execution.TRANSACTION, s.hazards(), s.action(), s.subject(),
                        s.summary(), s.phase())
                : s).toList();
    }

    /**
     * The migration's steps must take the scratch database all the way to the desired state; when they do not (a
     * difference the planner cannot express in one pass), a migration that silently falls short would be worse than
     * none.
     */
    private static void refuseUnconverged(Catalog reached, Catalog desired) {
        Plan left = Planner.plan(Differ.diff(reached, desired));
        if (!left.isEmpty()) {
            throw new MigrationDirectoryException("the generated migration does not reach the desired state (still "
                    + "to do: " + String.join("; ", left.statements().stream().limit(5).map(Statement::summary)
                    .toList()) + "); nothing was written. Please report this with the desired state");
        }
    }

    /** The name as it goes into file names: letters, digits and underscores (spaces and dashes become '_'). */
    public static String fileName(String name) {
        String cleaned = name.strip().replaceAll("[\\s-]+", "_");
        if (!NAME.matcher(cleaned).matches()) {
            throw new UsageException("migration name '" + name + "': use letters, digits and underscores (it becomes "
                    + "part of the file names, e.g. add_orders)");
        }
        return cleaned;
    }
}
