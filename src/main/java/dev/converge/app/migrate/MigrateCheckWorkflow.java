package dev.converge.app.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.converge.app.DesiredState;
import dev.converge.app.Progress;
import dev.converge.diff.Differ;
import dev.converge.model.Catalog;
import dev.converge.plan.Plan;
import dev.converge.plan.Planner;
import dev.converge.plan.Statement;

/**
 * {@code converge migrate check} (for CI): the integrity file is valid and no two migrations share a version; the
 * directory replays cleanly from an empty database; the state it produces is the desired state (else the plan that
 * is missing: the desired state moved on without a new migration); and each down migration, run from the last,
 * returns the schema to the state before its up migration (the rollback scripts are tested, not trusted).
 */
public final class MigrateCheckWorkflow {

    private final Progress progress;

    public MigrateCheckWorkflow(Progress progress) {
        this.progress = progress;
    }

    /**
     * @param pending what the migrations leave undone (empty: they reach the desired state)
     * @param downsChecked how many down migrations were run and found to restore the previous state
     * @param notes what could not be checked, and why
     */
    public record Outcome(MigrationFormat format, int migrations, Plan pending, int downsChecked, List<String> notes) {
        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    public Outcome check(MigrateRequest request, boolean checkDowns) {
        MigrationSet set = MigrationSet.read(request);
        DesiredState desired;
        Plan pending;
        try (ScratchDatabase scratch = new ScratchDatabase(request)) {
            scratch.replayAll(set, progress);
            desired = scratch.desired(progress);
            Catalog replayed = scratch.inspect(desired.schemas());
            pending = Planner.plan(Differ.diff(replayed, request.filter().apply(desired.catalog()),
                    desired.renameHints()));
        }
        List<String> notes = new ArrayList<>();
        int downs = checkDowns && !set.migrations().isEmpty() ? checkDowns(request, set, desired.schemas(), notes) : 0;
        return new Outcome(set.format(), set.migrations().size(), pending, downs, notes);
    }

    /** Replays again, recording the state before each migration, then runs the downs from the last one back. */
    private int checkDowns(MigrateRequest request, MigrationSet set, Set<String> schemas, List<String> notes) {
        progress.step("checking the down migrations, from the last one back");
        try (ScratchDatabase scratch = new ScratchDatabase(request)) {
            List<Catalog> before = new ArrayList<>();
            for (Migration migration : set.migrations()) {
                before.add(scratch.inspect(schemas));
                scratch.replay().run(migration.up(), "up");
            }
            int checked = 0;
            for (int i = set.migrations().size() - 1; i >= 0; i--) {
                Migration migration = set.migrations().get(i);
                if (migration.down() == null) {
                    notes.add(set.directory().display(migration.up().file()) + " has no down migration: rollback "
                            + "was checked " + (checked == 0 ? "for none" : "for the " + checked + " after it"));
                    break;
                }
                scratch.replay().run(migration.down(), "down");
                Plan left = Planner.plan(Differ.diff(scratch.inspect(schemas), before.get(i)));
                if (!left.isEmpty()) {
                    throw new MigrationDirectoryException("the down migration of " + migration.name() + " ("
                            + set.directory().display(migration.down().file()) + ") does not return the schema to "
                            + "the state before it; still different: " + String.join("; ", left.statements().stream()
                            .limit(5).map(Statement::summary).toList()));
                }
                checked++;
            }
            return checked;
        }
    }
}
