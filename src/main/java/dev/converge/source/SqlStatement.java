package dev.converge.source;

import java.util.List;
import java.util.Objects;

/**
 * One SQL statement of a desired-state file with where its first token starts (1-based line and column), so
 * that every message about it, and every PostgreSQL error position inside it, can point into the file.
 * For a statement split from a SQL file, {@code sql} is exactly the file's text of the statement, without the
 * terminating semicolon, and {@code origins} is empty. For a statement rendered from another format (YAML),
 * {@code sql} was generated, and {@code origins} say which place of the file each part of it came from.
 */
public record SqlStatement(SourceFile file, int line, int column, String sql, List<Origin> origins) {

    public SqlStatement {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sql, "sql");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
        origins = List.copyOf(origins);
    }

    /** A statement whose text is the file's own text from {@code line:column}. */
    public SqlStatement(SourceFile file, int line, int column, String sql) {
        this(file, line, column, sql, List.of());
    }

    /**
     * From {@code offset} (a char index into {@code sql}) on, the text came from the file at {@code line:column}.
     * When {@code verbatim}, it is the file's text itself, so a position further in is counted from there;
     * otherwise it was generated for the node at that place, and every position in it maps to that place.
     */
    public record Origin(int offset, int line, int column, boolean verbatim) {
    }

    /** {@code file:line:col}, the prefix of every message about this statement. */
    public String location() {
        return file.displayName() + ":" + line + ":" + column;
    }

    /**
     * The location of a PostgreSQL error position: a 1-based character offset into {@link #sql()}, as
     * {@code ServerErrorMessage.getPosition()} gives it; out-of-range positions are clamped to the statement.
     */
    public String location(int position) {
        int codePoints = sql.codePointCount(0, sql.length());
        int offset = sql.offsetByCodePoints(0, Math.max(0, Math.min(position - 1, codePoints)));
        Origin from = new Origin(0, line, column, origins.isEmpty());
        for (Origin origin : origins) {
            if (origin.offset() <= offset) {
                from = origin;
            }
        }
        TextPosition at = new TextPosition(from.line(), from.column());
        if (from.verbatim()) {
            at = at.advance(sql, from.offset(), offset);
        }
        return file.displayName() + ":" + at.line() + ":" + at.column();
    }

    /** The statement text is omitted beyond its first line: records print all their fields. */
    @Override
    public String toString() {
        int end = sql.indexOf('\n');
        return location() + ": " + (end < 0 ? sql : sql.substring(0, end) + " ...");
    }
}
