package dev.converge.source.config;

import java.util.EnumSet;
import java.util.Set;

import dev.converge.plan.Hazard;

/**
 * What apply may do in an environment. {@code allowedHazards} null means the file does not restrict hazards
 * (only data-deleting statements are refused, as on the command line); a set means every other hazard is refused.
 * {@code allowDestructive} null means "not said", so the command-line default applies.
 */
public record PolicyConfig(Set<Hazard> allowedHazards, Boolean allowDestructive, boolean requireApprovedPlan) {

    public static final PolicyConfig DEFAULT = new PolicyConfig(null, null, false);

    public PolicyConfig {
        allowedHazards = allowedHazards == null ? null
                : allowedHazards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedHazards));
    }
}
