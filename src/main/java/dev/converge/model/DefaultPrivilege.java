package dev.converge.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One entry of {@code ALTER DEFAULT PRIVILEGES [FOR ROLE role] IN SCHEMA schema GRANT privilege ON objectType
 * TO grantee} ({@code pg_default_acl}): what objects {@code role} creates later in {@code schema} will grant.
 * {@code objectType} is the plural keyword of the statement: TABLES, SEQUENCES, FUNCTIONS, TYPES or SCHEMAS.
 * {@code schema} is null for a database-wide default. Grants to {@code role} itself are not listed.
 */
public record DefaultPrivilege(String role, String schema, String objectType, String grantee, String privilege,
                               boolean grantable) implements Comparable<DefaultPrivilege> {

    private static final Comparator<DefaultPrivilege> ORDER = Comparator.comparing(DefaultPrivilege::role)
            .thenComparing(d -> d.schema == null ? "" : d.schema)
            .thenComparing(DefaultPrivilege::objectType)
            .thenComparing(DefaultPrivilege::grantee)
            .thenComparing(DefaultPrivilege::privilege)
            .thenComparing(DefaultPrivilege::grantable);

    public DefaultPrivilege {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(privilege, "privilege");
    }

    @Override
    public int compareTo(DefaultPrivilege other) {
        return ORDER.compare(this, other);
    }
}
