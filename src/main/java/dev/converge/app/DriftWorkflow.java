package dev.converge.app;

/**
 * Checks whether the target still matches the desired state. Drift is exactly a non-empty plan: whatever apply
 * would have to change is what differs.
 */
public final class DriftWorkflow {

    public record DriftResult(PlanResult plan) {
        public boolean drifted() {
            return !plan.plan().isEmpty();
        }
    }

    private final Progress progress;

    public DriftWorkflow(Progress progress) {
        this.progress = progress;
    }

    public DriftResult check(Target target) {
        return new DriftResult(new PlanWorkflow(progress).plan(target));
    }
}
