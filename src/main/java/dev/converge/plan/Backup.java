package dev.converge.plan;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import dev.converge.model.Catalog;

/**
 * {@code apply --backup}: dropped tables are moved into {@link #SCHEMA} and dropped columns copied there first,
 * instead of being destroyed (see {@link BackupSql}). {@code at} names and dates the backups; {@code current} is
 * the live catalog, where a dropped column's table finds its primary key.
 */
public record Backup(Instant at, Catalog current, boolean schemaExists) {

    /** The schema that holds the backups; never managed (apply refuses a desired state that uses it). */
    public static final String SCHEMA = "converge_backup";

    /** First line of every backup table's comment; what {@code converge backups} looks for. */
    public static final String MARKER = "converge backup";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public Backup {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(current, "current");
    }

    /** Before the first backup on a database: the plan creates the backup schema. */
    public Backup(Instant at, Catalog current) {
        this(at, current, false);
    }

    /** {@code 20261121T235000Z}: sorts by time and is a valid part of an identifier. */
    String stamp() {
        return STAMP.format(at);
    }
}
