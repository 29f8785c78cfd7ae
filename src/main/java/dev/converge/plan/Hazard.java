package dev.converge.plan;

/**
 * What a statement may do to a live database beyond changing its schema. Hazards are data: a statement carries
 * them, {@code plan} shows them, and {@code apply} refuses a plan whose hazards the user has not allowed.
 */
public enum Hazard {
    /** Rows or column values are removed, or may be lost by a conversion. Allowed by --allow-destructive. */
    DELETES_DATA(true),
    /** The whole table is rewritten (e.g. a column type change that is not binary-compatible). */
    TABLE_REWRITE(false),
    /** Takes an ACCESS EXCLUSIVE lock on an existing table: reads and writes wait for it. */
    ACCESS_EXCLUSIVE_LOCK(false),
    /** Builds an index on an existing table. */
    INDEX_BUILD(false),
    /** Drops an index that queries may rely on. */
    INDEX_DROPPED(false),
    /** Scans existing rows to validate a constraint or NOT NULL. */
    VALIDATES_ROWS(false),
    /** Changes who may read or write: a revoked privilege, a dropped policy, row-level security switched. */
    AUTHORIZATION_CHANGE(false);

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
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
