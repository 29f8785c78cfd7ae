package dev.converge.source;

import java.util.ArrayList;
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

    /**
     * This statement with the text from {@code from} to {@code to} (char offsets) replaced by one space per character
     * (line ends kept), so that every other position in it, and every PostgreSQL error position, still points
     * where it did in the file.
     */
    public SqlStatement blanked(int from, int to) {
        StringBuilder text = new StringBuilder(sql.length()).append(sql, 0, from);
        sql.substring(from, to).codePoints().forEach(c -> text.append(c == '\n' || c == '\r' ? (char) c : ' '));
        return new SqlStatement(file, line, column, text.append(sql, to, sql.length()).toString(), origins);
    }

    /**
     * A statement made from part of this one: {@code prefix} (generated, reported at the place of {@code from})
     * followed by this statement's text from {@code from} to {@code to}, whose positions keep pointing into the file.
     */
    public SqlStatement derived(String prefix, int from, int to) {
        Origin at = new Origin(0, line, column, origins.isEmpty());
        List<Origin> later = new ArrayList<>();
        for (Origin origin : origins) {
            if (origin.offset() <= from) {
                at = origin;
            } else if (origin.offset() < to) {
                later.add(new Origin(origin.offset() - from + prefix.length(), origin.line(), origin.column(),
                        origin.verbatim()));
            }
        }
        TextPosition start = new TextPosition(at.line(), at.column());
        if (at.verbatim()) {
            start = start.advance(sql, at.offset(), from);
        }
        List<Origin> all = new ArrayList<>();
        all.add(new Origin(0, start.line(), start.column(), false));
        all.add(new Origin(prefix.length(), start.line(), start.column(), at.verbatim()));
        all.addAll(later);
        return new SqlStatement(file, start.line(), start.column(), prefix + sql.substring(from, to), all);
    }

    /** The statement text is omitted beyond its first line: records print all their fields. */
    @Override
    public String toString() {
        int end = sql.indexOf('\n');
        return location() + ": " + (end < 0 ? sql : sql.substring(0, end) + " ...");
    }
}
