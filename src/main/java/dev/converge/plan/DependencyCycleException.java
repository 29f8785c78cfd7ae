package dev.converge.plan;

import java.util.List;

import dev.converge.change.Change;
import dev.converge.error.ConvergeException;

/**
 * The changes of a plan depend on each other in a cycle, so no order can satisfy them. The phases are designed so
 * that this cannot happen; when it does, it is a bug in Converge and the message shows the cycle.
 */
public class DependencyCycleException extends ConvergeException {

    private final List<String> cycle;
    /** The changes of the cycle, for the planner's own attempt to break it (see ViewPlaceholders). */
    private final transient List<Change> changes;

    public DependencyCycleException(List<String> cycle) {
        this(cycle, List.of());
    }

    DependencyCycleException(List<String> cycle, List<Change> changes) {
        super("ordering the plan: changes depend on each other in a cycle (each must run before the next): " + String.join(" -> ", cycle)
                + "; this is a bug in Converge, please report it with the current and desired schema");
        this.cycle = List.copyOf(cycle);
        this.changes = List.copyOf(changes);
    }

    /** The changes of the cycle, each once. */
    List<Change> changes() {
        return changes;
    }

    /** The changes of the cycle in run order (each must run before the next), the first repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }
}
