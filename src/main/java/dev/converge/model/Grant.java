package dev.converge.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One privilege held by one grantee on one object, as {@code aclexplode} reports it. {@code object} names what
 * the privilege is on: a schema ({@code SCHEMA}, whose qualified name repeats the schema name in both parts, see
 * {@link #schemaRef}), a table, a column (kind {@code COLUMN}, member = column), a sequence, a type, or later a
 * function ({@code member} = identity arguments). {@code grantee} is a role name, or {@code PUBLIC}. Grants to the
 * object's owner are never listed: ownership is not compared, and the owner's rights are implicit.
 */
public record Grant(ObjectRef object, String grantee, String privilege, boolean grantable)
        implements Comparable<Grant> {

    /** The grantee name aclexplode's grantee 0 stands for. */
    public static final String PUBLIC = "PUBLIC";

    private static final Comparator<Grant> ORDER = Comparator.comparing(Grant::object)
            .thenComparing(Grant::grantee).thenComparing(Grant::privilege).thenComparing(Grant::grantable);

    public Grant {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(privilege, "privilege");
    }

    /** The reference to a schema used by grants: both parts of the qualified name are the schema's name. */
    public static ObjectRef schemaRef(String schema) {
        return ObjectRef.of(ObjectKind.SCHEMA, QualifiedName.of(schema, schema));
    }

    @Override
    public int compareTo(Grant other) {
        return ORDER.compare(this, other);
    }
}
