package dev.converge.app;

import java.util.List;
import java.util.Set;

import dev.converge.model.Catalog;

/**
 * The desired state as PostgreSQL normalised it: the catalog read back from the dev database, the schemas it
 * manages (given with --schema, else those the desired state creates or uses), and objects of kinds Converge does
 * not manage yet.
 */
public record DesiredState(Catalog catalog, Set<String> schemas, List<String> unmanagedObjects, int statements) {
    public DesiredState {
        schemas = Set.copyOf(new java.util.TreeSet<>(schemas));
        unmanagedObjects = List.copyOf(unmanagedObjects);
    }
}
