package dev.converge.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered list of statements that turns the current state into the desired state. */
public record Plan(List<Statement> statements) {

    public Plan {
        statements = List.copyOf(statements);
    }

    public static Plan empty() {
        return new Plan(List.of());
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** The transaction boundaries: one step per transaction or per statement that runs on its own. */
    public List<PlanStep> steps() {
        return PlanStep.of(statements);
    }

    /** Every hazard any statement carries, in enum order. */
    public Set<Hazard> hazards() {
        EnumSet<Hazard> all = EnumSet.noneOf(Hazard.class);
        statements.forEach(s -> all.addAll(s.hazards()));
        return all;
    }

    /** The statements of one expand/contract phase, in plan order. */
    public Plan only(Phase phase) {
        return new Plan(statements.stream().filter(s -> s.phase() == phase).toList());
    }
}
