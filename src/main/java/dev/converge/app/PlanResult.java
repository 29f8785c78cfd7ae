package dev.converge.app;

import java.util.List;
import java.util.Set;

import dev.converge.plan.Plan;

/**
 * A computed plan with what it covered: the managed schemas, and the objects (of either side) that Converge does
 * not manage yet and therefore left out, which the user must be told about.
 */
public record PlanResult(Plan plan, Set<String> schemas, List<String> unmanagedObjects) {
    public PlanResult {
        // Sorted: Set.copyOf would iterate in a different order on every run, and the plan header lists them.
        schemas = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(schemas));
        unmanagedObjects = List.copyOf(unmanagedObjects);
    }
}
