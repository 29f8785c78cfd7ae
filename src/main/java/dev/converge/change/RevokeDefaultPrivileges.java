package dev.converge.change;

import java.util.List;
import java.util.Objects;

/** {@code ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] REVOKE [GRANT OPTION FOR] privileges ON type FROM g}. */
public record RevokeDefaultPrivileges(DefaultPrivilegeScope scope, List<String> privileges, boolean grantOptionOnly)
        implements Change {

    public RevokeDefaultPrivileges {
        Objects.requireNonNull(scope, "scope");
        privileges = privileges.stream().sorted().toList();
    }

    @Override
    public String sortName() {
        return scope() + " " + grantOptionOnly();
    }
}
