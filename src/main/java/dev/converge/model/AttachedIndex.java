package dev.converge.model;

import java.util.Objects;

/**
 * A partition's index attached to an index of its parent ({@code pg_index} of a partition index; PostgreSQL
 * clones it when the parent's index is created, attaches a matching index the partition already has, or the user
 * attaches one with {@code ALTER INDEX parent_idx ATTACH PARTITION part_idx}). Its definition is the parent
 * index's, so only its name (which may be the name of the partition's primary key or unique constraint) and its
 * comment are the partition's own. It lives in its partition's schema; {@code parentIndex} is qualified.
 */
public record AttachedIndex(String name, QualifiedName parentIndex, String comment) {

    public AttachedIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentIndex, "parentIndex");
    }
}
