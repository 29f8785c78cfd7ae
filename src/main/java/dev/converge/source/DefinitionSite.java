package dev.converge.source;

import java.util.Objects;

/**
 * Where the desired state creates an object: the statement's file, line and column, the object's namespace
 * family ({@code schema}, {@code extension}, {@code relation} for tables, views and sequences, {@code type} for
 * enums, domains and composite types, {@code routine} for functions and procedures), and its name as PostgreSQL
 * would store it. {@code schema} is null when the statement left the name unqualified.
 */
public record DefinitionSite(String family, String schema, String name, String file, int line, int column) {
    public DefinitionSite {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }
}
