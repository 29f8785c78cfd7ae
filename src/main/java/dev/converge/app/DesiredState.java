package dev.converge.app;

import java.util.List;
import java.util.Set;

import dev.converge.model.Catalog;
import dev.converge.model.RenameHint;
import dev.converge.source.DefinitionSite;

/**
 * The desired state as PostgreSQL normalised it: the catalog read back from the dev database, the schemas it
 * manages (given with --schema, else those the desired state creates or uses), objects of kinds Converge does
 * not manage yet, the rename hints found in the files (which the dev database cannot carry), and where the files
 * create each object (for reports that point at a definition).
 */
public record DesiredState(Catalog catalog, Set<String> schemas, List<String> unmanagedObjects, int statements,
                           List<RenameHint> renameHints, List<DefinitionSite> definitions) {
    public DesiredState {
        // Sorted and kept sorted: Set.copyOf iterates in a different order on every run, and the plan header
        // lists these schemas.
        schemas = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(schemas));
        unmanagedObjects = List.copyOf(unmanagedObjects);
        renameHints = List.copyOf(renameHints);
        definitions = List.copyOf(definitions);
    }
}
