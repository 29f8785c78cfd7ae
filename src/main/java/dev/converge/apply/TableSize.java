package dev.converge.apply;

import java.util.Objects;

import dev.converge.plan.TableWork;
import dev.converge.model.Plural;

/**
 * The size of a table that a plan rewrites or indexes, from {@code pg_class}: {@code estimatedRows} is
 * {@code reltuples} (-1 when the table was never analyzed or vacuumed), {@code bytes} is
 * {@code pg_total_relation_size} (table, indexes and TOAST).
 */
public record TableSize(TableWork work, long estimatedRows, long bytes) {

    public TableSize {
        Objects.requireNonNull(work, "work");
    }

    public String describe() {
        return work.table() + ": " + work.work() + ", " + describeSize();
    }

    /** {@code 1.2 GB, ~10000000 rows}: the size on disk, and the planner's row estimate when there is one. */
    public String describeSize() {
        String rows = estimatedRows < 0 ? "rows not counted yet (never analyzed)"
                : "~" + Plural.of(estimatedRows, "row");
        return humanBytes(bytes) + ", " + rows;
    }

    static String humanBytes(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
