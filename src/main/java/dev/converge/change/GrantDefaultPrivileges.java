package dev.converge.change;

import java.util.List;
import java.util.Objects;

/** {@code ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] GRANT privileges ON type TO grantee}. */
public record GrantDefaultPrivileges(DefaultPrivilegeScope scope, List<String> privileges, boolean withGrantOption)
        implements Change {

    public GrantDefaultPrivileges {
        Objects.requireNonNull(scope, "scope");
        privileges = privileges.stream().sorted().toList();
    }

    @Override
    public String sortName() {
        return scope() + " " + withGrantOption();
    }
}
