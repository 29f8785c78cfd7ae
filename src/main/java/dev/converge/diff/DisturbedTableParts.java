package dev.converge.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AddConstraint;
import dev.converge.change.AlterColumn;
import dev.converge.change.AlterPolicy;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreatePolicy;
import dev.converge.change.CreateTrigger;
import dev.converge.change.DropColumn;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropFunction;
import dev.converge.change.DropObject;
import dev.converge.change.DropPolicy;
import dev.converge.change.DropTrigger;
import dev.converge.change.DropView;
import dev.converge.change.SetComment;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Dependency;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.Trigger;

/**
 * The parts of kept tables that use a function or view which {@link DependentObjects} moved out of the way (or a
 * function the differ drops and creates again), or an object managed by its definition that is dropped (an
 * operator in a check {@code x OPERATOR(app.<|) 10}, a cast in a default, an operator class in an exclusion
 * constraint's index): PostgreSQL records what a trigger's WHEN, a policy's expressions, a check or exclusion
 * constraint and a column default call or read, and will not drop the function, view or object while they exist.
 * Each is dropped before and created again after (a default is dropped and set again), unless an earlier pass
 * already does. A generated column cannot be taken out of the way without dropping the column, so that is refused,
 * naming it. Indexes follow in {@link DependentIndexes}; rules and statistics in {@link DefinedObjectDiffer}.
 */
final class DisturbedTableParts {

    private DisturbedTableParts() {
    }

    static ChangeSet recreate(Catalog current, Catalog desired, ChangeSet found) {
        List<ObjectRef> gone = new ArrayList<>();
        Set<String> handled = new HashSet<>();
        for (Change change : found.changes()) {
            if (change instanceof DropFunction d) {
                gone.add(d.function().ref());
            } else if (change instanceof DropView d) {
                gone.add(d.view().ref());
            } else if (change instanceof DropObject d) {
                // an operator, aggregate or cast (or any object managed by its definition) that a check, default,
                // policy or trigger uses
                gone.add(d.object().ref());
            } else if (change instanceof DropTrigger d) {
                handled.add(key(ObjectKind.TRIGGER, d.trigger().table(), d.trigger().name()));
            } else if (change instanceof DropPolicy d) {
                handled.add(key(ObjectKind.POLICY, d.policy().table(), d.policy().name()));
            } else if (change instanceof DropConstraint d) {
                handled.add(key(ObjectKind.CONSTRAINT, d.table(), d.constraint().name()));
            } else if (change instanceof DropColumn d) {
                handled.add(key(ObjectKind.COLUMN, d.table(), d.column().name()));
            }
        }
        if (gone.isEmpty()) {
            return found;
        }
        DroppedObjects dropped = DroppedObjects.of(found.changes());
        DependencyIndex uses = DependencyIndex.of(current);
        Map<QualifiedName, ObjectRef> constraintIndexes = constraintIndexes(current);
        List<Change> changes = new ArrayList<>(found.changes());
        for (ObjectRef ref : gone) {
            String reason = ref + ", which is dropped"
                    + (desired.functionsByRef().containsKey(ref) || desired.viewsByName().containsKey(ref.name())
                    || desired.definedObjectsByRef().containsKey(ref) ? " and created again" : "");
            // what reads a relation (a view, a foreign table) depends on its columns
            List<Dependency> edges = ref.kind() == ObjectKind.VIEW || ref.kind() == ObjectKind.MATERIALIZED_VIEW
                    || ref.kind() == ObjectKind.TABLE ? uses.usedByWithColumns(ref) : uses.usedBy(ref);
            for (Dependency edge : edges) {
                ObjectRef part = edge.dependent();
                if (dropped.tableDropped(part.name()) || dropped.schemaDropped(part.name().schema())
                        || !handled.add(key(part.kind(), part.name(), part.member()))) {
                    continue;
                }
                switch (part.kind()) {
                    case TRIGGER -> trigger(part, current, desired, changes);
                    case POLICY -> policy(part, current, desired, changes);
                    case CONSTRAINT -> constraint(part, current, desired, changes);
                    case COLUMN -> column(part, reason, current, desired, changes);
                    case INDEX -> {
                        ObjectRef owner = constraintIndexes.get(part.name());
                        if (owner != null && handled.add(key(owner.kind(), owner.name(), owner.member()))) {
                            constraint(owner, current, desired, changes);
                        }
                    }
                    default -> {
                        // views and functions: DependentObjects; other indexes: DependentIndexes; defined objects:
                        // DefinedObjectDiffer
                    }
                }
            }
        }
        return new ChangeSet(changes);
    }

    private static void trigger(ObjectRef ref, Catalog current, Catalog desired, List<Change> changes) {
        Optional<Trigger> have = find(current.triggers(), ref);
        if (have.isEmpty()) {
            return;
        }
        CommentTarget comment = CommentTarget.trigger(ref.name(), ref.member());
        changes.removeIf(c -> c instanceof SetComment s && s.target().equals(comment));
        changes.add(new DropTrigger(have.get()));
        find(desired.triggers(), ref).ifPresent(want -> {
            changes.add(new CreateTrigger(want));
            if (want.comment() != null) {
                changes.add(new SetComment(comment, want.comment()));
            }
        });
    }

    private static Optional<Trigger> find(List<Trigger> triggers, ObjectRef ref) {
        return triggers.stream().filter(t -> t.table().equals(ref.name()) && t.name().equals(ref.member()))
                .findFirst();
    }

    private static void policy(ObjectRef ref, Catalog current, Catalog desired, List<Change> changes) {
        Optional<Policy> have = current.policies().stream()
                .filter(p -> p.table().equals(ref.name()) && p.name().equals(ref.member())).findFirst();
        if (have.isEmpty()) {
            return;
        }
        changes.removeIf(c -> c instanceof AlterPolicy a && a.current().equals(have.get()));
        changes.add(new DropPolicy(have.get()));
        desired.policies().stream().filter(p -> p.table().equals(ref.name()) && p.name().equals(ref.member()))
                .findFirst().ifPresent(want -> changes.add(new CreatePolicy(want)));
    }

    /**
     * The constraints that own an index (primary key, unique, exclusion) by the index's name: an exclusion
     * constraint's index uses the operator class of its columns, and PostgreSQL records that against the index, not
     * the constraint.
     */
    private static Map<QualifiedName, ObjectRef> constraintIndexes(Catalog current) {
        Map<QualifiedName, ObjectRef> owners = new HashMap<>();
        for (Table table : current.tables()) {
            for (Constraint c : table.constraints()) {
                if (c.kind() != ConstraintKind.CHECK && c.kind() != ConstraintKind.FOREIGN_KEY) {
                    owners.put(QualifiedName.of(table.name().schema(), c.name()),
                            ObjectRef.member(ObjectKind.CONSTRAINT, table.name(), c.name()));
                }
            }
        }
        return owners;
    }

    /** A check that calls the function (only a table's own checks: a partition's copy goes with its parent's). */
    private static void constraint(ObjectRef ref, Catalog current, Catalog desired, List<Change> changes) {
        Table have = current.tablesByName().get(ref.name());
        Optional<Constraint> check = have == null ? Optional.empty() : have.constraint(ref.member());
        if (check.isEmpty()) {
            return;
        }
        QualifiedName table = ref.name();
        CommentTarget comment = CommentTarget.constraint(table, ref.member());
        changes.removeIf(c -> c instanceof AddConstraint a && a.table().equals(table)
                && a.constraint().name().equals(ref.member())
                || c instanceof SetComment s && s.target().equals(comment));
        changes.add(new DropConstraint(table, check.get()));
        Table want = desired.tablesByName().get(table);
        Optional<Constraint> kept = want == null ? Optional.empty() : want.constraint(ref.member());
        kept.ifPresent(c -> {
            changes.add(new AddConstraint(table, c));
            if (c.comment() != null) {
                changes.add(new SetComment(comment, c.comment()));
            }
        });
    }

    /**
     * A default that calls the function is dropped first and set again last (two changes of the column, the way an
     * identity becomes a serial); a generated column would have to be dropped with its values: refused.
     */
    private static void column(ObjectRef ref, String reason, Catalog current, Catalog desired,
                               List<Change> changes) {
        Table table = current.tablesByName().get(ref.name());
        Table wantTable = desired.tablesByName().get(ref.name());
        Column have = table == null ? null : table.column(ref.member()).orElse(null);
        Column want = wantTable == null ? null : wantTable.column(ref.member()).orElse(null);
        if (have == null || want == null) {
            return;
        }
        if (have.generatedExpression() != null) {
            throw new UnsupportedChangeException("generated column " + ref.name() + "." + ref.member()
                    + ": its expression uses " + reason + "; PostgreSQL cannot drop that while the column uses it, "
                    + "and the column cannot be kept without it: change the column's expression or drop the column "
                    + "in a first apply, then apply the rest");
        }
        if (have.defaultExpression() == null) {
            return;
        }
        Column bare = withoutDefault(have);
        AlterColumn planned = null;
        for (Change c : changes) {
            if (c instanceof AlterColumn a && a.table().equals(ref.name()) && a.current().name().equals(have.name())) {
                planned = a;
            }
        }
        changes.remove(planned);
        changes.add(new AlterColumn(ref.name(), have, bare, EnumSet.of(ColumnAspect.DEFAULT)));
        Set<ColumnAspect> aspects = planned == null ? EnumSet.noneOf(ColumnAspect.class)
                : EnumSet.copyOf(planned.aspects());
        if (want.defaultExpression() != null) {
            aspects.add(ColumnAspect.DEFAULT);
        } else {
            aspects.remove(ColumnAspect.DEFAULT);
        }
        if (!aspects.isEmpty()) {
            Column desiredColumn = planned == null ? want : planned.desired();
            changes.add(new AlterColumn(ref.name(), bare, desiredColumn, aspects,
                    planned == null ? null : planned.using()));
        }
    }

    private static Column withoutDefault(Column c) {
        return new Column(c.name(), c.type(), c.notNull(), null, c.identity(), c.generatedExpression(),
                c.collation(), c.comment(), c.settings());
    }

    private static String key(ObjectKind kind, QualifiedName table, String member) {
        return kind + "\u0000" + table + "\u0000" + member;
    }
}
