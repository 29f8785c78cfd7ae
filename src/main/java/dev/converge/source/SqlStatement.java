package dev.converge.source;

import java.util.Objects;

/**
 * One SQL statement of a desired-state file with where its first token starts (1-based line and column), so
 * that every message about it, and every PostgreSQL error position inside it, can point into the file.
 * {@code sql} is exactly the file's text of the statement, without the terminating semicolon.
 */
public record SqlStatement(SourceFile file, int line, int column, String sql) {

    public SqlStatement {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sql, "sql");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
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
        TextPosition at = new TextPosition(line, column).advance(sql, 0, offset);
        return file.displayName() + ":" + at.line() + ":" + at.column();
    }

    /** The statement text is omitted beyond its first line: records print all their fields. */
    @Override
    public String toString() {
        int end = sql.indexOf('\n');
        return location() + ": " + (end < 0 ? sql : sql.substring(0, end) + " ...");
    }
}
