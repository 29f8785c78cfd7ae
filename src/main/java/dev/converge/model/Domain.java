package dev.converge.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A domain. {@code baseType} is {@code format_type} of the base type (schema-qualified for user types);
 * {@code defaultExpression} is {@code pg_get_expr} of the default, null when none; {@code collation} is set only
 * when it differs from the base type's default collation; {@code constraints} are the CHECK constraints, sorted by
 * name (NOT NULL is {@code notNull}, as in {@code pg_type.typnotnull}).
 */
public record Domain(
        QualifiedName name,
        String baseType,
        String defaultExpression,
        boolean notNull,
        String collation,
        List<DomainConstraint> constraints,
        String comment) {

    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        constraints = constraints.stream().sorted(Comparator.comparing(DomainConstraint::name)).toList();
    }

    /** True when only dropping and creating the domain again turns this one into {@code other}. */
    public boolean needsRecreate(Domain other) {
        return !baseType.equals(other.baseType) || !Objects.equals(collation, other.collation);
    }
}
