package dev.converge.source.config;

import java.util.EnumSet;
import java.util.Set;

import dev.converge.plan.Hazard;

/**
 * What apply may do in an environment. {@code allowedHazards} (null: not said) are allowed in addition to those
 * the command line allows with --allow-hazard; every other hazard is refused (docs/safety.md).
 * {@code allowDestructive} null means "not said", so the command-line default applies.
 */
public record PolicyConfig(Set<Hazard> allowedHazards, Boolean allowDestructive, boolean requireApprovedPlan) {

    public static final PolicyConfig DEFAULT = new PolicyConfig(null, null, false);

    public PolicyConfig {
        allowedHazards = allowedHazards == null ? null
                : allowedHazards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedHazards));
    }
}
