package dev.converge.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.converge.model.Catalog;
import dev.converge.model.Dependency;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;

/**
 * A catalog's dependency edges by dependent and by referenced object, so that asking "what does this view use"
 * or "what depends on this column" is a lookup instead of a scan of every edge: with tens of thousands of tables
 * the scans made the diff quadratic. Built once per catalog and remembered by the identity of its (immutable)
 * dependency list, which is what makes the memo safe: a different catalog has a different list.
 */
final class DependencyIndex {

    private static final int REMEMBERED = 4;
    private static final Deque<DependencyIndex> RECENT = new ArrayDeque<>();

    private final List<Dependency> edges;
    private final Map<ObjectRef, List<ObjectRef>> uses = new HashMap<>();
    private final Map<ObjectRef, List<Dependency>> usedBy = new HashMap<>();
    private final Map<QualifiedName, List<Dependency>> columnsUsedBy = new HashMap<>();

    private DependencyIndex(List<Dependency> edges) {
        this.edges = edges;
        for (Dependency d : edges) {
            uses.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d.referenced());
            usedBy.computeIfAbsent(d.referenced(), k -> new ArrayList<>()).add(d);
            if (d.referenced().kind() == ObjectKind.COLUMN) {
                columnsUsedBy.computeIfAbsent(d.referenced().name(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    static DependencyIndex of(Catalog catalog) {
        List<Dependency> edges = catalog.dependencies();
        synchronized (RECENT) {
            for (DependencyIndex index : RECENT) {
                if (index.edges == edges) {
                    return index;
                }
            }
            DependencyIndex index = new DependencyIndex(edges);
            RECENT.addFirst(index);
            if (RECENT.size() > REMEMBERED) {
                RECENT.removeLast();
            }
            return index;
        }
    }

    /** What {@code dependent} depends on, in the catalog's (sorted) order; same as Catalog.dependenciesOf. */
    List<ObjectRef> uses(ObjectRef dependent) {
        return List.copyOf(uses.getOrDefault(dependent, List.of()));
    }

    /** The edges whose referenced side is {@code referenced}, in the catalog's order. */
    List<Dependency> usedBy(ObjectRef referenced) {
        return usedBy.getOrDefault(referenced, List.of());
    }

    /**
     * The edges to the relation {@code whole} or to any of its columns: what a drop of a view disturbs. A query that
     * reads a view's columns depends on those columns only (PostgreSQL records no edge to the whole view then).
     */
    List<Dependency> usedByWithColumns(ObjectRef whole) {
        List<Dependency> edges = new ArrayList<>(usedBy(whole));
        edges.addAll(columnsUsedBy.getOrDefault(whole.name(), List.of()));
        return edges;
    }
}
