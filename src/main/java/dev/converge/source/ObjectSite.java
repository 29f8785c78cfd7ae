package dev.converge.source;

import java.util.List;
import java.util.Objects;

/**
 * A line of the desired state that writes an object or a member of it, with the rules a
 * {@code -- converge:nolint rule-id[, rule-id]} comment on that line switches off ({@code nolintAll} for a bare
 * {@code -- converge:nolint}). {@code family} is the name's namespace as in {@link DefinitionSite} (schema,
 * relation, type, routine, extension) or {@code index}; {@code member} names a column or constraint of a table
 * (null for the object itself); {@code schema} is null when the file left the name unqualified.
 */
public record ObjectSite(String family, String schema, String name, String member, String file, int line,
                         int column, List<String> nolint, boolean nolintAll) {

    public ObjectSite {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        nolint = List.copyOf(nolint);
    }
}
