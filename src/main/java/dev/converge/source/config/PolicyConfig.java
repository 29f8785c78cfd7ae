package dev.converge.source.config;

import java.util.EnumSet;
import java.util.Set;

import dev.converge.plan.Hazard;

/**
 * What apply may do in an environment. {@code allowedHazards} (null: not said) are allowed in addition to those
 * the command line allows with --allow-hazard; every other hazard is refused (docs/safety.md).
 * {@code allowDestructive} null means "not said", so the command-line default applies. {@code backup}
 * ({@code backup: true}) makes apply keep dropped tables and columns in the backup schema unless --no-backup.
 */
public record PolicyConfig(Set<Hazard> allowedHazards, Boolean allowDestructive, boolean requireApprovedPlan,
                           boolean backup) {

    public static final PolicyConfig DEFAULT = new PolicyConfig(null, null, false, false);

    public PolicyConfig(Set<Hazard> allowedHazards, Boolean allowDestructive, boolean requireApprovedPlan) {
        this(allowedHazards, allowDestructive, requireApprovedPlan, false);
    }

    public PolicyConfig {
        allowedHazards = allowedHazards == null ? null
                : allowedHazards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedHazards));
    }
}
