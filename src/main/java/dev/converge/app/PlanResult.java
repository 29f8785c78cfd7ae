package dev.converge.app;

import java.util.List;
import java.util.Set;

import dev.converge.plan.Plan;
import dev.converge.plan.Preflight;

/**
 * A computed plan with what it covered: the managed schemas, and the objects (of either side) that Converge does
 * not manage yet and therefore left out, which the user must be told about. {@code preflight} holds the questions
 * to ask the live data before the plan runs (see docs/preflight.md).
 */
public record PlanResult(Plan plan, Set<String> schemas, List<String> unmanagedObjects, Preflight preflight) {
    public PlanResult {
        schemas = Set.copyOf(new java.util.TreeSet<>(schemas));
        unmanagedObjects = List.copyOf(unmanagedObjects);
        preflight = preflight == null ? Preflight.none() : preflight;
    }

    public PlanResult(Plan plan, Set<String> schemas, List<String> unmanagedObjects) {
        this(plan, schemas, unmanagedObjects, Preflight.none());
    }
}
