package dev.converge.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CreateView;
import dev.converge.change.DropFunction;
import dev.converge.change.DropView;
import dev.converge.change.ReplaceView;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.model.SqlTokens;
import dev.converge.model.View;

/**
 * Breaks the cycles between a new view and the functions it calls the way pg_dump does: a view that calls a
 * function which itself needs the view (a {@code BEGIN ATOMIC} body that reads it, a result or argument of its row
 * type) cannot be created before or after that function. Such a view is first created as a placeholder of the same
 * columns ({@code SELECT NULL::integer AS id, ...}), which needs nothing but their types; the function follows,
 * then {@code CREATE OR REPLACE VIEW} gives the view its query (same columns, so PostgreSQL replaces it in place).
 *
 * <p>Dropping such a pair is the mirror image: the view's query is first replaced by its placeholder, so that it
 * reads nothing, then the function is dropped, then the view; so is a view dropped to be created again (a column's
 * collation changes). Only cycles are broken this way, and only through a plain view (a materialized view cannot
 * be replaced); any other cycle is still reported as a bug with its path.
 */
public final class ViewPlaceholders {

    private ViewPlaceholders() {
    }

    /** Orders {@code changes}, giving a placeholder to one view of each cycle that runs through a new view. */
    static DependencyGraph.Ordered order(List<Change> changes) {
        List<Change> current = changes;
        while (true) {
            try {
                return DependencyGraph.orderWithEdges(current);
            } catch (DependencyCycleException cycle) {
                List<Change> before = current;
                current = cycle.changes().stream().filter(CreateView.class::isInstance).map(CreateView.class::cast)
                        .filter(c -> !c.view().materialized() && !isPlaceholder(c.view()))
                        .min(Comparator.comparing(CreateView::sortName)).map(c -> split(before, c))
                        .or(() -> cycle.changes().stream().filter(DropView.class::isInstance)
                                .map(DropView.class::cast).filter(ViewPlaceholders::emptiable)
                                .min(Comparator.comparing(DropView::sortName)).map(d -> split(before, d)))
                        .orElseThrow(() -> cycle);
            }
        }
    }

    /**
     * A plain view dropped for good or to be created again (its emptying replace is about the current view:
     * ViewFacts orders it before the drop, not after a create of the same name), not already a placeholder.
     */
    private static boolean emptiable(DropView drop) {
        View view = drop.view();
        return !view.materialized() && !isPlaceholder(view);
    }

    /**
     * {@code changes} with {@code drop} preceded by a replace of the view's query by its placeholder: the view then
     * reads nothing, so the functions of the cycle can be dropped before it (PostgreSQL refuses to drop either while
     * the other depends on it).
     */
    private static List<Change> split(List<Change> changes, DropView drop) {
        View current = drop.view();
        View placeholder = new View(current.name(), false, placeholderQuery(current), current.columns(), List.of(),
                List.of(), current.comment());
        List<ObjectRef> types = columnTypes(current);
        List<Change> split = new ArrayList<>(changes.size() + 1);
        for (Change change : changes) {
            if (change == drop) {
                split.add(new ReplaceView(current, placeholder, drop.uses(), types));
                split.add(new DropView(placeholder, types, drop.reason()));
            } else if (change instanceof DropFunction function && function.usedBy().stream()
                    .anyMatch(user -> isView(user, current))) {
                // the placeholder no longer calls the function: its drop waits for the replace (which releases
                // what the view used), not for the view's drop, which waits for the function reading the view.
                // Here, not in the planner: only this split knows that the view's query changes before its drop
                split.add(new DropFunction(function.function(), function.dependsOn(), function.usedBy().stream()
                        .filter(user -> !isView(user, current)).toList()));
            } else {
                split.add(change);
            }
        }
        return split;
    }

    /**
     * Whether {@code user} is {@code view} (the catalog names a view as the user of what its query or a column
     * default calls; a function of the same name is not the view).
     */
    private static boolean isView(ObjectRef user, View view) {
        return user.kind() == ObjectKind.VIEW && user.name().equals(view.name());
    }

    /**
     * The views that {@code changes} create as placeholders first, sorted: inspect's YAML output gives their
     * columns types so that its loader can do the same.
     */
    public static Set<QualifiedName> views(ChangeSet changes) {
        Set<QualifiedName> views = new TreeSet<>();
        order(changes.changes()).changes().stream().filter(CreateView.class::isInstance)
                .map(c -> ((CreateView) c).view()).filter(ViewPlaceholders::isPlaceholder)
                .forEach(v -> views.add(v.name()));
        return views;
    }

    /** {@code changes} with {@code create} replaced by its placeholder and the replace that completes it. */
    private static List<Change> split(List<Change> changes, CreateView create) {
        View desired = create.view();
        View placeholder = new View(desired.name(), false, placeholderQuery(desired), desired.columns(), List.of(),
                List.of(), desired.comment());
        List<Change> split = new ArrayList<>(changes.size() + 1);
        for (Change change : changes) {
            if (change == create) {
                List<ObjectRef> types = columnTypes(desired);
                split.add(new CreateView(placeholder, types, create.reason()));
                split.add(new ReplaceView(placeholder, desired, types, create.uses()));
            } else {
                split.add(change);
            }
        }
        return split;
    }

    /**
     * {@code SELECT NULL::type AS column, ...} in the view's column order, printed as {@code pg_get_viewdef}
     * would (a leading space, a trailing semicolon). The types are {@code format_type} text, typmods included; a
     * column of another collation than its type's keeps it ({@code NULL::text COLLATE "C"}), as the replace that
     * gives the view its query cannot change it.
     */
    static String placeholderQuery(View view) {
        return " SELECT " + view.columns().stream()
                .map(c -> "NULL::" + c.type() + (c.collation() == null ? "" : " COLLATE " + c.collation()) + " AS "
                        + SqlText.identifier(c.name()))
                .collect(Collectors.joining(",\n    ")) + ";";
    }

    /** Whether {@code view} is one this class made (its query is the placeholder of its own columns). */
    static boolean isPlaceholder(View view) {
        return !view.materialized() && view.definition().equals(placeholderQuery(view));
    }

    /** The qualified types the columns name (domains, enums, composite and row types): what the placeholder needs. */
    private static List<ObjectRef> columnTypes(View view) {
        List<ObjectRef> refs = new ArrayList<>();
        view.columns().forEach(c -> SqlTokens.qualifiedNames(c.type()).stream()
                .filter(use -> !use.name().equals(view.name()))
                .forEach(use -> refs.add(ObjectRef.of(ObjectKind.TYPE, use.name()))));
        return refs;
    }
}
