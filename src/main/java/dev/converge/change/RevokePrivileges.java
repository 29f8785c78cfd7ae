package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.DelegatedGrant;
import dev.converge.model.Grant;
import dev.converge.model.ObjectRef;

/**
 * {@code REVOKE [GRANT OPTION FOR] privileges ON object FROM grantee}. Never produced for an object the plan
 * drops: its privileges go with it.
 *
 * <p>Privileges other roles granted (see {@link DelegatedGrant}) need more, as the plan revokes as the owner:
 * {@code cascade} when the grantee passed some of these privileges on (PostgreSQL refuses to revoke a grant option
 * others depend on: "dependent privileges exist"); {@code via}, the grantee's privileges that another role granted
 * and keeps the grant option of, reached by revoking that role's grant option with CASCADE and giving it back;
 * {@code regrants}, what the cascades would take that the desired state keeps, granted by the owner first (a
 * privilege held from two grantors survives losing one).
 */
public record RevokePrivileges(ObjectRef object, String grantee, List<String> privileges, boolean grantOptionOnly,
                               boolean cascade, List<DelegatedGrant> via, List<Grant> regrants)
        implements Change {

    public RevokePrivileges {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(grantee, "grantee");
        privileges = privileges.stream().sorted().toList();
        via = via.stream().sorted().toList();
        regrants = regrants.stream().sorted().toList();
    }

    /** A revoke of privileges the owner granted and nobody passed on. */
    public RevokePrivileges(ObjectRef object, String grantee, List<String> privileges, boolean grantOptionOnly) {
        this(object, grantee, privileges, grantOptionOnly, false, List.of(), List.of());
    }

    @Override
    public String sortName() {
        return object() + " " + grantee() + " " + grantOptionOnly();
    }
}
