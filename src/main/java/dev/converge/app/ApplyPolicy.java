package dev.converge.app;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.converge.error.PolicyRefusedException;
import dev.converge.plan.Hazard;
import dev.converge.plan.Plan;
import dev.converge.plan.Statement;
import dev.converge.model.Plural;

/**
 * What the user allowed apply to do. A plan with a statement carrying a hazard the user has not allowed is
 * refused as a whole, before anything runs: {@code --allow-destructive} allows the data-deleting hazards,
 * {@code --allow-hazard NAME} (or an environment's policy.allow_hazards) any one by name. Statements on objects
 * the same plan creates carry no hazards, so building new tables never needs a flag (docs/safety.md). An
 * environment may also require an approved plan file: then apply refuses to plan on its own.
 */
public record ApplyPolicy(boolean allowDestructive, Set<Hazard> allowedHazards, boolean requireApprovedPlan) {

    public ApplyPolicy {
        allowedHazards = allowedHazards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedHazards));
    }

    public ApplyPolicy(boolean allowDestructive, Set<Hazard> allowedHazards) {
        this(allowDestructive, allowedHazards, false);
    }

    /** Only the data-deleting hazards, and only if {@code allowDestructive}. */
    public ApplyPolicy(boolean allowDestructive) {
        this(allowDestructive, Set.of());
    }

    /** Every hazard allowed: for tests and tools that review plans by other means. */
    public static ApplyPolicy allowAll() {
        return new ApplyPolicy(true, EnumSet.allOf(Hazard.class));
    }

    public boolean allows(Hazard hazard) {
        return allowedHazards.contains(hazard) || hazard.destructive() && allowDestructive;
    }

    public void check(Plan plan) {
        if (requireApprovedPlan) {
            throw new PolicyRefusedException("refusing to apply: this environment requires an approved plan file "
                    + "(policy.require_approved_plan in converge.yaml), and apply computes its plan itself; "
                    + "apply a reviewed plan with 'converge apply --plan FILE --db URL'; nothing was changed");
        }
        List<Statement> refused = plan.statements().stream()
                .filter(s -> s.hazards().stream().anyMatch(h -> !allows(h))).toList();
        if (refused.isEmpty()) {
            return;
        }
        Set<String> flags = new LinkedHashSet<>();
        StringBuilder list = new StringBuilder();
        for (Statement statement : refused) {
            List<Hazard> missing = statement.hazards().stream().filter(h -> !allows(h)).sorted().toList();
            missing.forEach(h -> flags.add(h.allowedBy()));
            list.append("\n  - ").append(statement.summary()).append(": ").append(missing.stream()
                    .map(h -> h.flagName() + " (" + h.allowedBy() + ")").collect(Collectors.joining(", ")));
        }
        throw new PolicyRefusedException("refusing to apply: " + Plural.of(refused.size(), "statement")
                + (refused.size() == 1 ? " carries" : " carry") + " hazards that were not allowed; nothing was changed:"
                + list
                + "\nReview them, then allow them with: " + String.join(" ", flags));
    }
}
