package dev.converge.lint;

import java.util.Objects;
import java.util.Optional;

import dev.converge.model.Catalog;

/** What the rules read: the desired catalog as PostgreSQL normalised it, the settings, and the plan when there is one. */
public record LintInput(Catalog desired, LintSettings settings, PlanFacts planFacts) {

    public LintInput {
        Objects.requireNonNull(desired, "desired");
        Objects.requireNonNull(settings, "settings");
    }

    public Optional<PlanFacts> plan() {
        return Optional.ofNullable(planFacts);
    }
}
