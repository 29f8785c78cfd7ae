package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Policy;

/**
 * {@code ALTER POLICY} for roles, USING and WITH CHECK (and {@code COMMENT ON POLICY}); only between policies of
 * the same command and kind, which ALTER POLICY cannot change (the differ drops and creates those).
 */
public record AlterPolicy(Policy current, Policy desired) implements Change {

    public AlterPolicy {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        if (!current.alterableTo(desired)) {
            throw new IllegalArgumentException("policy " + desired.name() + " on " + desired.table()
                    + " changes command or kind; drop and create it");
        }
    }

    @Override
    public String sortName() {
        return desired().table() + "." + desired().name();
    }
}
