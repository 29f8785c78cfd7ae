package dev.converge.app;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.converge.error.PolicyRefusedException;
import dev.converge.plan.Hazard;
import dev.converge.plan.Plan;
import dev.converge.plan.Statement;

/**
 * What the user allowed apply to do. A plan containing a statement that destroys data is refused as a whole,
 * before anything runs, unless --allow-destructive was given. An environment of the project file may be stricter:
 * {@code allowedHazards} (null: not restricted) refuses every other hazard, and {@code requireApprovedPlan}
 * refuses an apply that does not run a reviewed plan file.
 */
public record ApplyPolicy(boolean allowDestructive, Set<Hazard> allowedHazards, boolean requireApprovedPlan) {

    public ApplyPolicy {
        allowedHazards = allowedHazards == null ? null
                : allowedHazards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedHazards));
    }

    public ApplyPolicy(boolean allowDestructive) {
        this(allowDestructive, null, false);
    }

    public void check(Plan plan) {
        if (requireApprovedPlan) {
            throw new PolicyRefusedException("refusing to apply: this environment requires an approved plan file "
                    + "(policy.require_approved_plan in converge.yaml), and apply computes its plan itself; "
                    + "nothing was changed");
        }
        checkHazards(plan);
        if (allowDestructive) {
            return;
        }
        List<Statement> refused = plan.statements().stream().filter(Statement::isDestructive).toList();
        if (refused.isEmpty()) {
            return;
        }
        String list = refused.stream().map(s -> "  - " + s.summary()).collect(Collectors.joining("\n"));
        throw new PolicyRefusedException("refusing to apply: " + refused.size() + " statement(s) "
                + Hazard.DELETES_DATA.flagName() + " and --allow-destructive was not given; nothing was changed:\n"
                + list);
    }

    /** With an allow-list, any hazard outside it (destructive ones aside: --allow-destructive decides) refuses. */
    private void checkHazards(Plan plan) {
        if (allowedHazards == null) {
            return;
        }
        List<String> refused = plan.statements().stream()
                .flatMap(s -> s.hazards().stream()
                        .filter(h -> !h.destructive() && !allowedHazards.contains(h))
                        .map(h -> "  - " + s.summary() + " (" + h.flagName() + ")"))
                .toList();
        if (!refused.isEmpty()) {
            throw new PolicyRefusedException("refusing to apply: " + refused.size() + " hazard(s) not in this "
                    + "environment's policy.allow_hazards; nothing was changed:\n" + String.join("\n", refused));
        }
    }
}
