package dev.converge.model;

import java.util.List;
import java.util.Objects;

/**
 * The table-level settings that are not part of its shape: row-level security ({@code ENABLE} and {@code FORCE}),
 * storage parameters ({@code reloptions}: {@code name=value} strings in the order PostgreSQL stores them,
 * which pg_dump keeps) and
 * {@code REPLICA IDENTITY} ({@code d}efault, {@code n}othing, {@code f}ull or {@code i}ndex, with
 * {@code replicaIndex} naming the index for the last), and the index {@code CLUSTER ON} marked
 * ({@code clusterIndex}, null when none; the mark only tells a later {@code CLUSTER} which index to follow, rows
 * are not reordered by it). Kept apart from {@link Table} so that the table record
 * stays about structure.
 */
public record TableOptions(
        QualifiedName table,
        boolean rowSecurity,
        boolean forceRowSecurity,
        List<String> storageParameters,
        char replicaIdentity,
        String replicaIndex,
        String clusterIndex) {

    public TableOptions {
        Objects.requireNonNull(table, "table");
        storageParameters = List.copyOf(storageParameters);
        if ("dnfi".indexOf(replicaIdentity) < 0) {
            throw new IllegalArgumentException("replica identity of " + table + ": " + replicaIdentity);
        }
        if (replicaIdentity != 'i') {
            replicaIndex = null;
        }
    }

    /** Options without a cluster index. */
    public TableOptions(QualifiedName table, boolean rowSecurity, boolean forceRowSecurity,
                        List<String> storageParameters, char replicaIdentity, String replicaIndex) {
        this(table, rowSecurity, forceRowSecurity, storageParameters, replicaIdentity, replicaIndex, null);
    }

    public TableOptions withClusterIndex(String index) {
        return new TableOptions(table, rowSecurity, forceRowSecurity, storageParameters, replicaIdentity,
                replicaIndex, index);
    }

    /** What a table has when nothing was set: how a table created by CREATE TABLE alone starts. */
    public static TableOptions defaults(QualifiedName table) {
        return new TableOptions(table, false, false, List.of(), 'd', null);
    }

    public boolean isDefault() {
        return equals(defaults(table));
    }
}
