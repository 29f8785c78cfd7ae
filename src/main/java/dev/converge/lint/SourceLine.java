package dev.converge.lint;

import java.util.List;
import java.util.Objects;

/**
 * Where the desired state writes an object or a member of it, and the rules that a {@code -- converge:nolint}
 * comment on that line switches off for it. {@code schema} is null when the file left the name unqualified;
 * {@code member} is a column or constraint of a CREATE TABLE (or of ALTER TABLE ADD CONSTRAINT), else null;
 * {@code kind} is the name's namespace family as the source layer classifies CREATE statements: {@code relation}
 * (tables, views, sequences, and the members of a table), {@code type}, {@code routine}, {@code schema},
 * {@code extension} or {@code index}. {@code nolintAll} (a bare nolint) suppresses every rule.
 */
public record SourceLine(String kind, String schema, String name, String member, String file, int line, int column,
                         List<String> nolint, boolean nolintAll) {

    public SourceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        nolint = List.copyOf(nolint);
    }

    /** {@code file:line}, as messages print a place. */
    public String location() {
        return file + ":" + line;
    }

    boolean suppresses(String rule) {
        return nolintAll || nolint.contains(rule);
    }
}
