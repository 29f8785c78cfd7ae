package dev.converge.lint;

/**
 * The size of a live table from {@code pg_class}: {@code estimatedRows} is {@code reltuples} (-1 when never
 * analyzed), {@code bytes} is {@code pg_total_relation_size}.
 */
public record TableStats(long estimatedRows, long bytes) {

    /** {@code ~1200000 rows, 180 MB}: for messages. */
    public String describe() {
        String rows = estimatedRows < 0 ? "rows never counted" : "~" + estimatedRows + " rows";
        return rows + ", " + megabytes(bytes);
    }

    private static String megabytes(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
