package dev.converge.apply;

import java.util.Objects;

import dev.converge.plan.TableWork;

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
        String rows = estimatedRows < 0 ? "row count unknown (never analyzed)" : "~" + estimatedRows + " rows";
        return work.table() + ": " + work.work() + ", " + rows + ", " + humanBytes(bytes);
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
