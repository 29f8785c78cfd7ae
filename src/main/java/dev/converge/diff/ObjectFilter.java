package dev.converge.diff;

import java.util.List;
import java.util.function.Function;

import dev.converge.model.Catalog;
import dev.converge.model.Dependency;
import dev.converge.model.Grant;
import dev.converge.model.NamePattern;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;

/**
 * The objects Converge must leave alone, from the project file's include/exclude patterns: tables owned by an
 * extension or another tool, a migration tool's history table... A pattern with a dot matches the qualified name
 * ({@code public.spatial_*}); one without matches the name in any schema ({@code flyway_schema_history}).
 * Filtering both catalogs before the diff means an excluded object is neither compared, created, changed nor
 * dropped; the parts of a table (columns, constraints, indexes, triggers, policies, grants) go with it.
 */
public record ObjectFilter(List<String> include, List<String> exclude) {

    public static final ObjectFilter ALL = new ObjectFilter(List.of(), List.of());

    public ObjectFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public boolean isEmpty() {
        return include.isEmpty() && exclude.isEmpty();
    }

    /** True when the object is managed: it matches an include pattern (or there are none) and no exclude. */
    public boolean keeps(QualifiedName name) {
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> matches(p, name));
        return included && exclude.stream().noneMatch(p -> matches(p, name));
    }

    /** The catalog without the objects this filter leaves alone. Schemas themselves are never filtered. */
    public Catalog apply(Catalog catalog) {
        if (isEmpty()) {
            return catalog;
        }
        return catalog.toBuilder()
                .enums(kept(catalog.enums(), e -> e.name()))
                .sequences(kept(catalog.sequences(), s -> s.name()))
                .tables(kept(catalog.tables(), t -> t.name()))
                .domains(kept(catalog.domains(), d -> d.name()))
                .compositeTypes(kept(catalog.compositeTypes(), c -> c.name()))
                .views(kept(catalog.views(), v -> v.name()))
                .functions(kept(catalog.functions(), f -> f.name()))
                .definedObjects(kept(catalog.definedObjects(), o -> o.name()))
                .triggers(catalog.triggers().stream()
                        .filter(t -> keeps(t.table()) && keeps(t.function())).toList())
                .policies(kept(catalog.policies(), p -> p.table()))
                .tableOptions(kept(catalog.tableOptions(), o -> o.table()))
                .grants(catalog.grants().stream().filter(this::keeps).toList())
                .dependencies(catalog.dependencies().stream().filter(this::keeps).toList())
                .build();
    }

    /**
     * The edges of {@code catalog} (as read, before {@link #apply}) from an object this filter leaves alone to one it
     * manages: an excluded view reading a managed column. {@link #apply} drops them with the excluded object, but
     * PostgreSQL still refuses to drop what they need ({@link UnmanagedDependents}). An excluded index or sequence
     * is left out: its edge to a column is automatic (the index, the owned sequence goes with the column).
     */
    public List<Dependency> excludedDependents(Catalog catalog) {
        if (isEmpty()) {
            return List.of();
        }
        return catalog.dependencies().stream()
                .filter(d -> !keeps(d.dependent()) && keeps(d.referenced()))
                .filter(d -> d.dependent().kind() != ObjectKind.INDEX && d.dependent().kind() != ObjectKind.SEQUENCE)
                .toList();
    }

    /**
     * Whether a one-line description of an unmanaged object ({@code view public.v}, {@code trigger t on
     * public.x}) names a managed object; its last qualified name decides, so that excluded objects raise no
     * "not managed" warning either.
     */
    public boolean keepsDescribed(String description) {
        String[] words = description.trim().split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            int dot = words[i].indexOf('.');
            if (dot > 0 && dot < words[i].length() - 1) {
                return keeps(QualifiedName.of(words[i].substring(0, dot), words[i].substring(dot + 1)));
            }
        }
        return true;
    }

    private boolean keeps(Grant grant) {
        return keeps(grant.object());
    }

    private boolean keeps(Dependency dependency) {
        return keeps(dependency.dependent()) && keeps(dependency.referenced());
    }

    private boolean keeps(ObjectRef ref) {
        return ref.kind() == ObjectKind.SCHEMA || ref.kind() == ObjectKind.EXTENSION || keeps(ref.name());
    }

    private <T> List<T> kept(List<T> items, Function<T, QualifiedName> name) {
        return items.stream().filter(item -> keeps(name.apply(item))).toList();
    }

    private static boolean matches(String pattern, QualifiedName name) {
        return pattern.indexOf('.') >= 0
                ? NamePattern.matches(pattern, name.schema() + "." + name.name())
                : NamePattern.matches(pattern, name.name());
    }
}
