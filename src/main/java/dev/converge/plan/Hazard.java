package dev.converge.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a statement may do to a live database beyond changing its schema. Hazards are data: a statement carries
 * them, {@code plan} shows them, and {@code apply} refuses a plan whose hazards the user has not allowed (with
 * {@code --allow-hazard NAME}, or {@code --allow-destructive} for the data-deleting ones).
 *
 * <p>The rule for locks: a lock is a hazard when it is held while rows are scanned, rewritten or indexed, because
 * that is when traffic stalls. Every DDL statement takes a lock for its catalog update; those brief locks are
 * bounded by {@code lock_timeout} instead. Statements on objects the same plan creates carry no hazards: nobody
 * uses those objects yet. docs/safety.md lists the hazards with examples.
 */
public enum Hazard {
    /** Rows or column values are removed, or may be lost by a conversion. Allowed by --allow-destructive. */
    DELETES_DATA(true),
    /** The whole table is rewritten (e.g. a column type change that is not binary-compatible). */
    TABLE_REWRITE(false),
    /** Holds an ACCESS EXCLUSIVE lock on an existing table while it works: reads and writes wait for it. */
    ACCESS_EXCLUSIVE_LOCK(false),
    /** Holds a SHARE lock on an existing table while an index is built without CONCURRENTLY: writes wait. */
    SHARE_LOCK(false),
    /** Builds an index on an existing table (CPU, I/O and time proportional to the table). */
    INDEX_BUILD(false),
    /** Drops an index that queries may rely on. */
    INDEX_DROPPED(false),
    /** Scans existing rows to validate a constraint or NOT NULL. */
    VALIDATES_ROWS(false),
    /** Changes who may read or write: a revoked privilege, a dropped policy, row-level security switched. */
    AUTHORIZATION_CHANGE(false),
    /** Runs an extension's update script: code Converge does not see, which may lock or rewrite what it owns. */
    EXTENSION_VERSION_CHANGE(false),
    /**
     * Replaces a routine whose body PostgreSQL records no dependencies for (any language but a
     * SQL-standard body): what it reads is invisible to the planner's ordering and to later drops.
     * A new routine carries none: nothing calls it yet.
     */
    UNMANAGED_DEPENDENCIES(false);

    /** The name that allows every hazard at once: for development databases, never for shared ones. */
    public static final String ALL = "all";

    private final boolean destructive;

    Hazard(boolean destructive) {
        this.destructive = destructive;
    }

    /** True for hazards that lose data; these are refused unless --allow-destructive is given. */
    public boolean destructive() {
        return destructive;
    }

    /** The name users write in {@code --allow-hazard}, e.g. {@code table-rewrite}. */
    public String flagName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The command-line flag that allows this hazard, as plan output and refusals print it. */
    public String allowedBy() {
        return destructive ? "--allow-destructive" : "--allow-hazard " + flagName();
    }

    /** The hazard a user named in {@code --allow-hazard}; case and underscores are forgiven. */
    public static Optional<Hazard> fromFlagName(String name) {
        String normalised = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(h -> h.flagName().equals(normalised)).findFirst();
    }

    /** The hazards a name in {@code --allow-hazard} or {@code allow_hazards} stands for: one, or {@value #ALL}. */
    public static Optional<Set<Hazard>> selection(String name) {
        if (name.trim().equalsIgnoreCase(ALL)) {
            return Optional.of(EnumSet.allOf(Hazard.class));
        }
        return fromFlagName(name).map(EnumSet::of);
    }

    /** Every name {@link #selection} accepts, for messages and completion: the hazards, then {@value #ALL}. */
    public static List<String> selectionNames() {
        List<String> names = new ArrayList<>(Arrays.stream(values()).map(Hazard::flagName).toList());
        names.add(ALL);
        return names;
    }
}
