package dev.converge.change;

import java.util.List;

import dev.converge.model.QualifiedName;

/**
 * Where a primary key or unique constraint stands among equal keys up and down a partition tree. PostgreSQL gives
 * a partitioned table's new key (and ATTACH PARTITION gives its keys) the partitions' equal keys that are attached
 * to nothing, rather than copies. For a partition's own key, {@code parentKeys} are the equal keys of its ancestors
 * (their indexes' names) and {@code partitions} the partition and its ancestors: it is added after them and after
 * their attaches. For a partitioned table's key, {@code displaced} are the equal own keys its partitions already
 * have and do not want taken: they are dropped before it (see {@code diff/PartitionOwnKeys}).
 */
public record PartitionKeys(List<QualifiedName> parentKeys, List<QualifiedName> partitions,
                            List<QualifiedName> displaced) {

    public static final PartitionKeys NONE = new PartitionKeys(List.of(), List.of(), List.of());

    public PartitionKeys {
        parentKeys = List.copyOf(parentKeys);
        partitions = List.copyOf(partitions);
        displaced = List.copyOf(displaced);
    }
}
