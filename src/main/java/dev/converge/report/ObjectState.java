package dev.converge.report;

import java.util.List;

/**
 * One object as both sides see it: its definition in the current and the desired catalog (null where it does not
 * exist), the indexes of the plan's statements that change it, and where the desired state defines it (null when
 * it does not, or when the definition could not be found). It drifted when the plan has statements for it.
 */
public record ObjectState(String id, String kind, String name, String current, String desired,
                          List<Integer> statements, SourceLocation location) {
    public ObjectState {
        statements = List.copyOf(statements);
    }

    public boolean drifted() {
        return !statements.isEmpty();
    }

    /** created, dropped, changed, or unchanged: what the plan does to the object. */
    public String status() {
        if (!drifted()) {
            return "unchanged";
        }
        if (current == null && desired != null) {
            return "created";
        }
        if (desired == null && current != null) {
            return "dropped";
        }
        return "changed";
    }

    /** A unified diff of the two definitions, or null when there is nothing to compare. */
    public String diff() {
        if (current == null || desired == null || current.equals(desired)) {
            return null;
        }
        return DefinitionDiff.unified(id, current, desired);
    }
}
