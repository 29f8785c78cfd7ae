package dev.converge.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateIndex;
import dev.converge.change.DropIndex;
import dev.converge.change.DropFunction;
import dev.converge.change.DropObject;
import dev.converge.change.SetComment;
import dev.converge.model.Catalog;
import dev.converge.model.Dependency;
import dev.converge.model.Index;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.View;

/**
 * Indexes of tables and materialized views that use an object managed by its definition which the plan drops (an
 * operator class, an operator, an aggregate...), or a function it drops (an expression index calling it, perhaps
 * through a cast): PostgreSQL will not drop the object while the index exists, so the index is dropped first and,
 * when the desired state keeps it, built again afterwards. The drop waits for the index ({@link DropObject#usedBy},
 * {@link DropFunction#usedBy}), which also keeps the index drop inside the transaction. A materialized view that is
 * itself re-created brings its indexes back by itself.
 */
final class DependentIndexes {

    private DependentIndexes() {
    }

    static ChangeSet recreate(Catalog current, Catalog desired, ChangeSet found) {
        Set<QualifiedName> touched = new HashSet<>();
        List<ObjectRef> drops = new ArrayList<>();
        for (Change change : found.changes()) {
            if (change instanceof DropIndex d) {
                touched.add(d.index().qualifiedName());
            } else if (change instanceof DropObject d) {
                drops.add(d.object().ref());
            } else if (change instanceof DropFunction d) {
                drops.add(d.function().ref());
            }
        }
        if (drops.isEmpty()) {
            return found;
        }
        Map<QualifiedName, Index> have = indexes(current);
        Map<QualifiedName, Index> want = indexes(desired);
        DroppedObjects dropped = DroppedObjects.of(found.changes());
        List<Change> changes = new ArrayList<>(found.changes());
        DependencyIndex uses = DependencyIndex.of(current);
        for (ObjectRef drop : drops) {
            for (Dependency dependency : uses.usedBy(drop)) {
                QualifiedName name = dependency.dependent().name();
                Index index = have.get(name);
                if (dependency.dependent().kind() != ObjectKind.INDEX || index == null || !touched.add(name)
                        || dropped.tableDropped(index.table()) || droppedView(dropped, index.table())) {
                    continue;
                }
                changes.removeIf(c -> c instanceof CreateIndex ci && ci.index().qualifiedName().equals(name));
                changes.add(new DropIndex(index));
                Index kept = want.get(name);
                if (kept != null) {
                    changes.add(new CreateIndex(kept));
                    if (kept.comment() != null) {
                        changes.add(new SetComment(CommentTarget.index(name), kept.comment()));
                    }
                }
            }
        }
        return new ChangeSet(changes);
    }

    /** The indexes of tables and of materialized views, by name. */
    private static Map<QualifiedName, Index> indexes(Catalog catalog) {
        Map<QualifiedName, Index> indexes = new HashMap<>();
        for (Table table : catalog.tables()) {
            table.indexes().forEach(i -> indexes.put(i.qualifiedName(), i));
        }
        for (View view : catalog.views()) {
            view.indexes().forEach(i -> indexes.put(i.qualifiedName(), i));
        }
        return indexes;
    }

    /** A materialized view dropped (and perhaps created again, with its indexes: ViewDiffer). */
    private static boolean droppedView(DroppedObjects dropped, QualifiedName relation) {
        return dropped.contains(ObjectRef.of(ObjectKind.MATERIALIZED_VIEW, relation));
    }
}
