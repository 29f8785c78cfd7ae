package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Policy;

/** {@code CREATE POLICY}, with its comment if it has one. */
public record CreatePolicy(Policy policy) implements Change {

    public CreatePolicy {
        Objects.requireNonNull(policy, "policy");
    }

    @Override
    public String sortName() {
        return policy().table() + "." + policy().name();
    }
}
