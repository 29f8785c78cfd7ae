package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.ObjectRef;

/** {@code GRANT privileges ON object TO grantee [WITH GRANT OPTION]}; privileges sorted. */
public record GrantPrivileges(ObjectRef object, String grantee, List<String> privileges, boolean withGrantOption)
        implements Change {

    public GrantPrivileges {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(grantee, "grantee");
        privileges = privileges.stream().sorted().toList();
    }

    @Override
    public String sortName() {
        return object() + " " + grantee() + " " + withGrantOption();
    }
}
