package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.ObjectRef;

/**
 * {@code REVOKE [GRANT OPTION FOR] privileges ON object FROM grantee}. Never produced for an object the plan
 * drops: its privileges go with it.
 */
public record RevokePrivileges(ObjectRef object, String grantee, List<String> privileges, boolean grantOptionOnly)
        implements Change {

    public RevokePrivileges {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(grantee, "grantee");
        privileges = privileges.stream().sorted().toList();
    }

    @Override
    public String sortName() {
        return object() + " " + grantee() + " " + grantOptionOnly();
    }
}
