package dev.converge.diff;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.converge.change.AlterViewOptions;
import dev.converge.change.Change;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateIndex;
import dev.converge.change.CreateView;
import dev.converge.change.DropIndex;
import dev.converge.change.DropView;
import dev.converge.change.ReplaceView;
import dev.converge.change.SetComment;
import dev.converge.change.SetViewColumnDefault;
import dev.converge.model.Catalog;
import dev.converge.model.Index;
import dev.converge.model.ObjectRef;
import dev.converge.model.View.ViewColumn;
import dev.converge.model.View;

/**
 * Views and materialized views: create, drop, replace the query in place where PostgreSQL allows it, else drop
 * and create; options, comments, and the indexes of materialized views. What each view reads comes from the
 * catalog's dependencies and travels with the change, so that the planner orders views after what they read.
 */
final class ViewDiffer {

    private ViewDiffer() {
    }

    static void diff(Catalog current, Catalog desired, List<Change> changes) {
        Pairs.match(current.viewsByName(), desired.viewsByName(),
                v -> changes.add(new DropView(v, uses(current, v), null)),
                v -> create(v, desired, null, changes),
                (c, d) -> compare(c, d, current, desired, changes));
    }

    /** The view, then its indexes and comments; {@code reason} is set when it is re-created as a dependent. */
    static void create(View view, Catalog desired, String reason, List<Change> changes) {
        changes.add(new CreateView(view, uses(desired, view), reason));
        view.indexes().forEach(index -> {
            changes.add(new CreateIndex(index));
            indexComment(index, changes);
        });
        if (view.comment() != null) {
            changes.add(new SetComment(CommentTarget.view(view.name(), view.materialized()), view.comment()));
        }
        for (ViewColumn column : view.columns()) {
            if (column.comment() != null) {
                changes.add(new SetComment(CommentTarget.column(view.name(), column.name()), column.comment()));
            }
            if (column.defaultValue() != null) {
                changes.add(new SetViewColumnDefault(view.name(), column.name(), null, column.defaultValue()));
            }
        }
    }

    /** What {@code view} reads, according to {@code catalog}'s dependencies. */
    static List<ObjectRef> uses(Catalog catalog, View view) {
        return DependencyIndex.of(catalog).uses(view.ref());
    }

    private static void compare(View current, View desired, Catalog currentCatalog, Catalog desiredCatalog,
                                List<Change> changes) {
        boolean sameQuery = current.materialized() == desired.materialized()
                && current.definition().equals(desired.definition());
        if (!sameQuery && replaceable(current, desired)) {
            changes.add(new ReplaceView(current, desired, uses(currentCatalog, current),
                    uses(desiredCatalog, desired)));
        } else if (!sameQuery) {
            changes.add(new DropView(current, uses(currentCatalog, current), null));
            create(desired, desiredCatalog, null, changes);
            return;
        } else if (!current.options().equals(desired.options())) {
            changes.add(new AlterViewOptions(current, desired));
        }
        if (!Objects.equals(current.comment(), desired.comment())) {
            changes.add(new SetComment(CommentTarget.view(desired.name(), desired.materialized()),
                    desired.comment()));
        }
        for (ViewColumn want : desired.columns()) {
            String have = current.column(want.name()).map(ViewColumn::comment).orElse(null);
            if (!Objects.equals(have, want.comment())) {
                changes.add(new SetComment(CommentTarget.column(desired.name(), want.name()), want.comment()));
            }
            String haveDefault = current.column(want.name()).map(ViewColumn::defaultValue).orElse(null);
            if (!Objects.equals(haveDefault, want.defaultValue())) {
                changes.add(new SetViewColumnDefault(desired.name(), want.name(), haveDefault, want.defaultValue()));
            }
        }
        compareIndexes(current, desired, changes);
    }

    /**
     * PostgreSQL replaces a plain view's query in place only when the new columns start with all the old ones,
     * with the same names, types and collations in the same order (it may add columns at the end).
     */
    static boolean replaceable(View current, View desired) {
        if (current.materialized() || desired.materialized()) {
            return false;
        }
        List<ViewColumn> have = current.columns();
        List<ViewColumn> want = desired.columns();
        if (want.size() < have.size()) {
            return false;
        }
        for (int i = 0; i < have.size(); i++) {
            if (!have.get(i).name().equals(want.get(i).name()) || !have.get(i).type().equals(want.get(i).type())
                    || !Objects.equals(have.get(i).collation(), want.get(i).collation())) {
                return false;
            }
        }
        return true;
    }

    private static void compareIndexes(View current, View desired, List<Change> changes) {
        Pairs.match(byName(current.indexes()), byName(desired.indexes()),
                i -> changes.add(new DropIndex(i)),
                i -> {
                    changes.add(new CreateIndex(i));
                    indexComment(i, changes);
                },
                (c, d) -> {
                    if (!c.sameDefinition(d)) {
                        changes.add(new DropIndex(c));
                        changes.add(new CreateIndex(d));
                        indexComment(d, changes);
                    } else if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.index(d.qualifiedName()), d.comment()));
                    }
                });
    }

    private static void indexComment(Index index, List<Change> changes) {
        if (index.comment() != null) {
            changes.add(new SetComment(CommentTarget.index(index.qualifiedName()), index.comment()));
        }
    }

    private static Map<String, Index> byName(List<Index> indexes) {
        Map<String, Index> map = new TreeMap<>();
        indexes.forEach(i -> map.put(i.name(), i));
        return map;
    }
}
