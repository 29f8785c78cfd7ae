package dev.converge.model;

import java.util.Objects;

/**
 * What makes a table a partition: its partitioned parent and its bound exactly as PostgreSQL prints it
 * ({@code pg_get_expr(relpartbound)}: {@code FOR VALUES FROM (...) TO (...)}, {@code FOR VALUES IN (...)},
 * {@code FOR VALUES WITH (modulus m, remainder r)} or {@code DEFAULT}).
 */
public record PartitionOf(QualifiedName parent, String bound) {

    public PartitionOf {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(bound, "bound");
    }
}
