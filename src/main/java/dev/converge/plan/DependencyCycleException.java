package dev.converge.plan;

import java.util.List;

import dev.converge.error.ConvergeException;

/**
 * The changes of a plan depend on each other in a cycle, so no order can satisfy them. The phases are designed so
 * that this cannot happen; when it does, it is a bug in Converge and the message shows the cycle.
 */
public class DependencyCycleException extends ConvergeException {

    private final List<String> cycle;

    public DependencyCycleException(List<String> cycle) {
        super("ordering the plan: changes depend on each other in a cycle (each must run before the next): " + String.join(" -> ", cycle)
                + "; this is a bug in Converge, please report it with the current and desired schema");
        this.cycle = List.copyOf(cycle);
    }

    /** The changes of the cycle in run order (each must run before the next), the first repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }
}
