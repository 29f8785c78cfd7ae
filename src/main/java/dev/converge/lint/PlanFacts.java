package dev.converge.lint;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import dev.converge.change.ChangeSet;
import dev.converge.model.Catalog;
import dev.converge.model.QualifiedName;
import dev.converge.plan.Phase;
import dev.converge.plan.Plan;

/**
 * What the plan rules read when {@code lint} runs against a target: the target's catalog, the changes and the
 * plan that would make it the desired state, the size of each of its tables, and the phases being checked (both
 * unless {@code --phase} chose one: a plain {@code apply} runs both, before the code that used what they remove has
 * gone).
 */
public record PlanFacts(Catalog current, ChangeSet changes, Plan plan, Map<QualifiedName, TableStats> sizes,
                        Set<Phase> phases) {

    public PlanFacts {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(plan, "plan");
        sizes = Collections.unmodifiableMap(new TreeMap<>(sizes));
        phases = phases.isEmpty() ? EnumSet.allOf(Phase.class) : EnumSet.copyOf(phases);
    }
}
