package dev.converge.app;

import java.util.List;

import dev.converge.source.config.PolicyConfig;

/**
 * A run ready to start: its targets (one, or many for an environment with several databases or a schema pattern),
 * the environment's apply policy, and how many targets may run at once. {@code environment} is null without --env.
 */
public record ResolvedRun(String environment, List<NamedTarget> targets, PolicyConfig policy, int parallel) {

    public ResolvedRun {
        targets = List.copyOf(targets);
    }

    /** Several targets get a summary table and per-target output blocks; one target prints as it always did. */
    public boolean multiTarget() {
        return targets.size() > 1;
    }
}
