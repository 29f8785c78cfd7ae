package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Domain;

/** Create a domain with its default, NOT NULL, collation and CHECK constraints; its comment is a {@link SetComment}. */
public record CreateDomain(Domain domain) implements Change {

    public CreateDomain {
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public String sortName() {
        return domain().name().toString();
    }
}
