package dev.converge.model;

import java.util.List;
import java.util.Objects;

/**
 * The settings of a column that are not part of its type: the statistics target ({@code SET STATISTICS}, null
 * when the default), the storage strategy ({@code SET STORAGE}, as its keyword {@code plain}, {@code external},
 * {@code extended} or {@code main}; null when it is the type's own), the compression method
 * ({@code SET COMPRESSION}, {@code pglz} or {@code lz4}; null when not set) and the attribute options
 * ({@code SET (n_distinct=...)}: {@code name=value} strings as PostgreSQL stores them, only the options
 * PostgreSQL defines for columns).
 *
 * <p>{@code typeStorage} is no setting: it is the type's own strategy ({@code pg_type.typstorage}, as a keyword;
 * null when unknown), which a column gets when created or retyped, and which PostgreSQL 15 has no keyword to go
 * back to but its name. {@link #sameSettings} ignores it.
 */
public record ColumnSettings(Integer statistics, String storage, String compression, List<String> options,
                             String typeStorage) {

    /** What a column has when nothing was set, its type's storage unknown. */
    public static final ColumnSettings NONE = new ColumnSettings(null, null, null, List.of(), null);

    public ColumnSettings {
        options = List.copyOf(options);
    }

    /** The settings of a column whose type's storage is {@code typeStorage} and that has no setting of its own. */
    public static ColumnSettings none(String typeStorage) {
        return new ColumnSettings(null, null, null, List.of(), typeStorage);
    }

    public boolean isDefault() {
        return statistics == null && storage == null && compression == null && options.isEmpty();
    }

    /** Equal settings, whatever the type's storage. */
    public boolean sameSettings(ColumnSettings other) {
        return Objects.equals(statistics, other.statistics) && Objects.equals(storage, other.storage)
                && Objects.equals(compression, other.compression) && options.equals(other.options);
    }

    /**
     * What PostgreSQL keeps of these settings when the column's type changes to one stored as
     * {@code newTypeStorage}: storage and compression go back to the new type's, the rest stays.
     */
    public ColumnSettings afterTypeChange(String newTypeStorage) {
        return new ColumnSettings(statistics, null, null, options, newTypeStorage);
    }

    /** Storage and compression only: what a partition created with PARTITION OF copies from its parent. */
    public ColumnSettings storageOnly(String ownTypeStorage) {
        String kept = Objects.equals(storage, ownTypeStorage) ? null : storage;
        return new ColumnSettings(null, kept, compression, List.of(), ownTypeStorage);
    }
}
