package dev.converge.lint;

import java.util.List;
import java.util.Set;

/**
 * Finds the line of the desired state that writes a finding's subject, and the nolint comment that applies to
 * it: a member's own line, else its table's line (a nolint on a CREATE TABLE line covers the table's columns and
 * constraints too). A line whose name was unqualified matches the object in any schema, after a qualified one.
 */
final class SourceLines {

    private static final Set<String> RELATIONS = Set.of("table", "view", "materialized view", "sequence", "column",
            "constraint", "trigger", "policy");
    private static final Set<String> TYPES = Set.of("type", "enum", "domain");
    private static final Set<String> ROUTINES = Set.of("function", "procedure");

    private final List<SourceLine> lines;

    SourceLines(List<SourceLine> lines) {
        this.lines = List.copyOf(lines);
    }

    SourceLine locate(Subject subject) {
        if (subject.member() != null) {
            SourceLine own = find(subject, true);
            if (own != null) {
                return own;
            }
        }
        return find(subject, false);
    }

    SourceLine suppression(Subject subject, String rule) {
        if (subject.member() != null) {
            SourceLine own = find(subject, true);
            if (own != null && own.suppresses(rule)) {
                return own;
            }
        }
        SourceLine object = find(subject, false);
        return object != null && object.suppresses(rule) ? object : null;
    }

    /** The line of the member ({@code member} true) or of the schema-level object, qualified names first. */
    private SourceLine find(Subject subject, boolean member) {
        SourceLine unqualified = null;
        for (SourceLine line : lines) {
            if (!line.name().equals(subject.name()) || !family(subject.kind()).equals(line.kind())) {
                continue;
            }
            if (member ? !subject.member().equals(line.member()) : line.member() != null) {
                continue;
            }
            if (subject.kind().equals("schema") || subject.schema().equals(line.schema())) {
                return line;
            }
            if (line.schema() == null && unqualified == null) {
                unqualified = line;
            }
        }
        return unqualified;
    }

    /** The namespace family a source line records for a subject kind (as source.DefinitionSites names them). */
    static String family(String kind) {
        if (RELATIONS.contains(kind)) {
            return "relation";
        }
        if (TYPES.contains(kind)) {
            return "type";
        }
        if (ROUTINES.contains(kind)) {
            return "routine";
        }
        return kind;
    }
}
