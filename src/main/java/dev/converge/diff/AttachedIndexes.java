package dev.converge.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CommentTarget;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropIndex;
import dev.converge.change.NameAttachedIndex;
import dev.converge.change.Rename;
import dev.converge.change.SetComment;
import dev.converge.model.AttachedIndex;
import dev.converge.model.Catalog;
import dev.converge.model.ColumnRef;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.RenameHint;
import dev.converge.model.Table;

/**
 * The names (and comments) of partitions' indexes attached to their parents' indexes and keys. An attached index
 * that stays is renamed in place when its name differs. One that the plan brings about (a new parent index or
 * key, a new or re-created partition) gets the name PostgreSQL chooses, and is renamed after it when the desired
 * state names it otherwise ({@link NameAttachedIndex}). An index a partition already has and that the desired
 * state attaches to a new parent index is kept: creating the parent's index attaches it; so is a partition's key the
 * desired state attaches to a new parent key under the same name. A copy whose parent index a
 * column type change rebuilds is a new one too ({@link RetypedIndexCopies}).
 */
final class AttachedIndexes {

    private static final int MAX_IDENTIFIER_BYTES = 63;

    private AttachedIndexes() {
    }

    static ChangeSet name(Catalog current, Catalog desired, ChangeSet found) {
        DroppedObjects dropped = DroppedObjects.of(found.changes());
        Set<QualifiedName> droppedTables = dropped.droppedTables();
        Set<QualifiedName> droppedIndexes = dropped.droppedIndexes();
        Map<QualifiedName, Table> currentTables = current.tablesByName();
        List<Change> changes = new ArrayList<>();
        for (Change change : found.changes()) {
            boolean taken = change instanceof DropIndex d
                    && becomesAttached(d.index().table(), d.index().name(), desired, currentTables)
                    || change instanceof DropConstraint k && indexBacked(k.constraint().kind())
                    && becomesAttached(k.table(), k.constraint().name(), desired, currentTables);
            if (!taken) {
                changes.add(change);
            }
        }
        RetypedIndexCopies retypes = RetypedIndexCopies.of(found);
        for (Table want : desired.tables()) {
            Table have = droppedTables.contains(want.name()) ? null : currentTables.get(want.name());
            for (AttachedIndex index : want.attachedIndexes()) {
                List<ColumnRef> retyped = retypes.rebuilding(want, index, desired);
                Optional<AttachedIndex> kept = have == null || droppedIndexes.contains(index.parentIndex())
                        || !retyped.isEmpty() ? Optional.empty() : have.attachedIndexes().stream()
                                .filter(a -> a.parentIndex().equals(index.parentIndex())).findFirst();
                name(want, have, index, kept, retyped, desired, changes);
            }
        }
        return new ChangeSet(changes);
    }

    private static void name(Table table, Table have, AttachedIndex index, Optional<AttachedIndex> kept,
                             List<ColumnRef> retyped, Catalog desired, List<Change> changes) {
        QualifiedName named = QualifiedName.of(table.name().schema(), index.name());
        if (kept.isPresent()) {
            if (!kept.get().name().equals(index.name()) && heldByAnother(have, index.name())) {
                changes.add(new NameAttachedIndex(table.name(), index.parentIndex(), index.name(), List.of(),
                        ancestorIndexes(table, index, desired)));
            } else if (!kept.get().name().equals(index.name())) {
                changes.add(new Rename(RenameHint.Target.INDEX, QualifiedName.of(table.name().schema(),
                        kept.get().name()), null, index.name()));
            }
            if (!Objects.equals(kept.get().comment(), index.comment())) {
                changes.add(new SetComment(CommentTarget.index(named), index.comment()));
            }
            return;
        }
        if (!chosenByPostgres(table, index, desired)) {
            changes.add(new NameAttachedIndex(table.name(), index.parentIndex(), index.name(), retyped,
                    ancestorIndexes(table, index, desired)));
        }
        if (index.comment() != null) {
            changes.add(new SetComment(CommentTarget.index(named), index.comment()));
        }
    }

    /**
     * When {@code index}'s parent index is itself a copy (the partition's parent is a partition too), the indexes
     * above it, up to the partitioned table's own index whose creation makes the copies.
     */
    private static List<QualifiedName> ancestorIndexes(Table partition, AttachedIndex index, Catalog desired) {
        List<QualifiedName> above = new ArrayList<>();
        Table at = partition;
        QualifiedName parentIndex = index.parentIndex();
        while (at.isPartition() && above.size() < desired.tables().size()) {
            Optional<Table> parent = desired.table(at.partitionOf().parent());
            if (parent.isEmpty()) {
                break;
            }
            QualifiedName copy = parentIndex;
            Optional<AttachedIndex> next = parent.get().attachedIndexes().stream()
                    .filter(a -> QualifiedName.of(parent.get().name().schema(), a.name()).equals(copy)).findFirst();
            if (next.isEmpty()) {
                break;
            }
            parentIndex = next.get().parentIndex();
            above.add(parentIndex);
            at = parent.get();
        }
        return above;
    }

    /**
     * Whether another index of the partition holds the name now: the copy of another parent index or key on the
     * same columns, made in the other order (the two trade names), or of one the plan drops (which goes after the
     * renames). A plain rename would collide, or two would wait for each other; the DO block of
     * {@link NameAttachedIndex} swaps the two names when it runs.
     */
    private static boolean heldByAnother(Table have, String name) {
        return have.attachedIndexes().stream().anyMatch(a -> a.name().equals(name));
    }

    /**
     * A partition's own index (or the index of its own key) that the desired state attaches to a parent index (or
     * key) under the same name, where the partition has no copy of that parent index yet.
     */
    private static boolean becomesAttached(QualifiedName table, String index, Catalog desired,
                                           Map<QualifiedName, Table> currentTables) {
        Table have = currentTables.get(table);
        return desired.table(table)
                .map(t -> t.attachedIndexes().stream().anyMatch(a -> a.name().equals(index)
                        && (have == null || have.attachedIndexes().stream()
                                .noneMatch(h -> h.parentIndex().equals(a.parentIndex())))))
                .orElse(false);
    }

    /**
     * Whether PostgreSQL gives the copy the desired name by itself: it is the name PostgreSQL chooses, and no other
     * copy on the partition asks for the same one (two parent indexes on the same columns). Of such copies the one
     * made first gets the name and the next ones a number after it (ChooseRelationName), and which comes first
     * depends on the order of the parent indexes' creation and on which of them takes a partition's own index
     * instead of a copy, which a plan or a desired-state file does not keep: those copies are all named.
     */
    static boolean chosenByPostgres(Table partition, AttachedIndex index, Catalog desired) {
        String chosen = chosenName(partition, index, desired);
        return index.name().equals(chosen) && partition.attachedIndexes().stream()
                .filter(other -> !other.parentIndex().equals(index.parentIndex()))
                .noneMatch(other -> chosen.equals(chosenName(partition, other, desired)));
    }

    /**
     * The name PostgreSQL gives the copy of a parent's index on a partition (ChooseIndexName): the partition's
     * name, the key columns and {@code pkey}, {@code key}, {@code excl} or {@code idx}. Null where that takes more
     * than a guess (expressions, a name PostgreSQL would shorten): the index is then named explicitly.
     */
    private static String chosenName(Table partition, AttachedIndex index, Catalog desired) {
        Optional<Table> parent = desired.table(partition.partitionOf().parent());
        if (parent.isEmpty()) {
            return null;
        }
        String base = partition.name().name();
        String chosen = null;
        Optional<Constraint> key = parent.get().constraint(index.parentIndex().name());
        if (key.isPresent()) {
            ConstraintKind kind = key.get().kind();
            chosen = kind == ConstraintKind.PRIMARY_KEY ? base + "_pkey"
                    : kind == ConstraintKind.UNIQUE ? base + "_" + String.join("_", key.get().columns()) + "_key"
                    : null;
        } else {
            Optional<Index> parentIndex = parent.get().indexes().stream()
                    .filter(i -> i.name().equals(index.parentIndex().name())).findFirst();
            if (parentIndex.isPresent() && !parentIndex.get().columns().isEmpty()) {
                chosen = base + "_" + String.join("_", parentIndex.get().columns()) + "_idx";
            }
        }
        return chosen != null && chosen.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER_BYTES
                ? chosen : null;
    }

    private static boolean indexBacked(ConstraintKind kind) {
        return kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE
                || kind == ConstraintKind.EXCLUSION;
    }
}
