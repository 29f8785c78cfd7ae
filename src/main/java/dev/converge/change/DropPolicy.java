package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Policy;

/** {@code DROP POLICY}; not produced when the table itself is dropped. */
public record DropPolicy(Policy policy) implements Change {

    public DropPolicy {
        Objects.requireNonNull(policy, "policy");
    }

    @Override
    public String sortName() {
        return policy().table() + "." + policy().name();
    }
}
