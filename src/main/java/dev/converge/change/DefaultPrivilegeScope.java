package dev.converge.change;

import java.util.Objects;

/**
 * Whose future objects of which type in which schema an {@code ALTER DEFAULT PRIVILEGES} applies to, and for
 * which grantee. {@code schema} is null for database-wide defaults.
 */
public record DefaultPrivilegeScope(String role, String schema, String objectType, String grantee)
        implements Comparable<DefaultPrivilegeScope> {

    public DefaultPrivilegeScope {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(grantee, "grantee");
    }

    @Override
    public int compareTo(DefaultPrivilegeScope other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return role + (schema == null ? "" : " in " + schema) + " " + objectType + " to " + grantee;
    }
}
