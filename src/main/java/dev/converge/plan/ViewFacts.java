package dev.converge.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.converge.change.CreateView;
import dev.converge.change.DropView;
import dev.converge.change.ReplaceView;
import dev.converge.model.ObjectRef;
import dev.converge.model.View;

/**
 * Ordering facts of view changes. A view provides its relation name, its row type and its columns (which comments
 * on them need); a materialized view also counts as a table, which its indexes require. What the view reads (its
 * dependencies) is required by a create and released by a drop: a drop runs before whatever it reads is dropped
 * or altered, a create after whatever it reads is created.
 */
final class ViewFacts {

    private ViewFacts() {
    }

    static void create(CreateView c, ChangeFacts f) {
        f.requires().add(ObjectKey.schema(c.view().name().schema()));
        f.requires().addAll(keys(c.uses()));
        f.provides().addAll(own(c.view()));
    }

    static void drop(DropView d, ChangeFacts f) {
        f.releases().add(ObjectKey.schema(d.view().name().schema()));
        f.releases().addAll(keys(d.uses()));
        f.removes().addAll(own(d.view()));
    }

    /**
     * A replaced view keeps its name and columns and may add columns at the end; what it reads may change. It
     * provides the columns it adds: what reads one of them (a new or replaced view, a SQL-standard function body, a
     * rule) depends on that column in the desired catalog and so runs after the replace.
     */
    static void replace(ReplaceView r, ChangeFacts f) {
        if (ViewPlaceholders.isPlaceholder(r.desired()) && !ViewPlaceholders.isPlaceholder(r.current())) {
            // emptying a view before its drop (ViewPlaceholders) is about the current view, not one the plan
            // creates again of that name: it runs before the drop, as what reads the view would
            f.releases().add(ObjectKey.relation(r.current().name()));
            f.replaces(keys(r.currentUses()), keys(r.desiredUses()));
            return;
        }
        f.requires().add(ObjectKey.relation(r.desired().name()));
        f.replaces(keys(r.currentUses()), keys(r.desiredUses()));
        Set<ObjectKey> added = columns(r.desired());
        added.removeAll(columns(r.current()));
        f.provides().addAll(added);
    }

    private static Set<ObjectKey> own(View view) {
        Set<ObjectKey> keys = columns(view);
        keys.add(ObjectKey.relation(view.name()));
        keys.add(ObjectKey.type(view.name()));
        if (view.materialized()) {
            keys.add(ObjectKey.table(view.name()));
        }
        return keys;
    }

    private static Set<ObjectKey> columns(View view) {
        Set<ObjectKey> keys = new HashSet<>();
        view.columns().forEach(c -> keys.add(ObjectKey.column(view.name(), c.name())));
        return keys;
    }

    private static Set<ObjectKey> keys(List<ObjectRef> refs) {
        Set<ObjectKey> keys = new HashSet<>();
        refs.forEach(ref -> keys.add(ObjectKey.of(ref)));
        return keys;
    }
}
