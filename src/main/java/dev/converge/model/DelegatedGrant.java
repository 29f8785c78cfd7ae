package dev.converge.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A privilege that a role other than the object's owner granted (it holds the privilege WITH GRANT OPTION and
 * passed it on). {@link Grant} leaves the grantor out, since who granted a privilege is not part of the desired
 * state; this record keeps it for the plan: the owner's REVOKE does not reach a privilege another role granted, and
 * revoking that role's grant option takes what it granted with it ({@code CASCADE}), which the plan must give back
 * where the desired state keeps it.
 */
public record DelegatedGrant(ObjectRef object, String grantee, String privilege, String grantor)
        implements Comparable<DelegatedGrant> {

    private static final Comparator<DelegatedGrant> ORDER = Comparator.comparing(DelegatedGrant::object)
            .thenComparing(DelegatedGrant::grantee).thenComparing(DelegatedGrant::privilege)
            .thenComparing(DelegatedGrant::grantor);

    public DelegatedGrant {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(privilege, "privilege");
        Objects.requireNonNull(grantor, "grantor");
    }

    @Override
    public int compareTo(DelegatedGrant other) {
        return ORDER.compare(this, other);
    }
}
