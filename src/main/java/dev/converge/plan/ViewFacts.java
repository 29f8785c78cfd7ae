package dev.converge.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.converge.change.AlterViewOptions;
import dev.converge.change.Change;
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

    static void of(Change change, Set<ObjectKey> provides, Set<ObjectKey> requires, Set<ObjectKey> removes,
                   Set<ObjectKey> releases) {
        if (change instanceof CreateView c) {
            requires.add(ObjectKey.schema(c.view().name().schema()));
            requires.addAll(keys(c.uses()));
            provides.addAll(own(c.view()));
        } else if (change instanceof DropView d) {
            releases.add(ObjectKey.schema(d.view().name().schema()));
            releases.addAll(keys(d.uses()));
            removes.addAll(own(d.view()));
        } else if (change instanceof ReplaceView r) {
            requires.add(ObjectKey.relation(r.desired().name()));
            Set<ObjectKey> before = keys(r.currentUses());
            Set<ObjectKey> after = keys(r.desiredUses());
            before.removeAll(after);
            releases.addAll(before);
            requires.addAll(after);
            Set<ObjectKey> added = columns(r.desired());
            added.removeAll(columns(r.current()));
            provides.addAll(added);
        } else if (change instanceof AlterViewOptions a) {
            requires.add(ObjectKey.relation(a.desired().name()));
        } else {
            throw new IllegalArgumentException("not a view change: " + change.getClass().getName());
        }
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
