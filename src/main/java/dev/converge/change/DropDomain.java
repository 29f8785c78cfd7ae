package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Domain;

/** Drop a domain; the columns using it are dropped or altered first. */
public record DropDomain(Domain domain) implements Change {

    public DropDomain {
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public String sortName() {
        return domain().name().toString();
    }
}
