package dev.converge.source.write;

import java.util.List;
import java.util.Set;

import dev.converge.model.Catalog;

/**
 * A way of writing a catalog as desired-state files that Converge reads back to the same catalog. {@code inspect}
 * picks one by {@link #name()}; the formats (SQL here, YAML in app) are registered in
 * {@code dev.converge.source.write.DesiredStateFormats} (in app, because the YAML format needs the source layer).
 */
public interface DesiredStateFormat {

    /** The value of {@code --format} that selects this format, e.g. {@code sql}. */
    String name();

    /**
     * The files describing {@code catalog}, in a stable order, each loadable on its own or with the others in any
     * order. {@code schemas} are the inspected schemas, {@code origin} names where the catalog came from (for a
     * header; never with a password).
     */
    List<DesiredStateFile> write(Catalog catalog, Set<String> schemas, String origin);
}
