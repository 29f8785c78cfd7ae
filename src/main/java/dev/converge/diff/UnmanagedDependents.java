package dev.converge.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.converge.change.AlterColumn;
import dev.converge.change.AlterCompositeType;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.change.DropColumn;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropDomain;
import dev.converge.change.DropEnum;
import dev.converge.change.DropExtension;
import dev.converge.change.DropFunction;
import dev.converge.change.DropIndex;
import dev.converge.change.DropObject;
import dev.converge.change.DropSequence;
import dev.converge.change.DropTable;
import dev.converge.change.DropView;
import dev.converge.change.RebuildEnum;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.CompositeType;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Dependency;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;

/**
 * Refuses, before anything runs, a plan that would drop or retype something an object Converge does not manage
 * needs: a view in a schema outside the managed set (or excluded in converge.yaml) reading a column the plan drops.
 * PostgreSQL refuses such a statement ("cannot drop column ... because other objects depend on it", "cannot alter
 * type of a column used by a view or rule") and the whole apply is rolled back; a managed dependent would have been
 * moved out of the way ({@link DependentObjects}), but Converge has no desired definition for an unmanaged one and
 * must not drop it. The check runs over the finished change set, so the views and functions the plan itself drops
 * and re-creates around a change count too; a rename keeps the object, and what follows it is matched under the
 * names the target's edges use ({@link TargetNames}). Not a hazard: no flag can make PostgreSQL run the statement.
 */
public final class UnmanagedDependents {

    /** The dependents that keep or read values of a composite type, which an attribute's retype must convert. */
    private static final Set<ObjectKind> STORES_ROWS = EnumSet.of(ObjectKind.COLUMN, ObjectKind.VIEW,
            ObjectKind.MATERIALIZED_VIEW, ObjectKind.RULE);

    /** Lines of the message beyond which the rest are counted: a schema of reports may hold hundreds of views. */
    private static final int SHOWN = 20;

    private UnmanagedDependents() {
    }

    /**
     * @param unmanaged edges from objects outside the managed set to managed objects, as the target records them
     * @param managedSchemas the managed schemas, to say why each dependent is not managed
     * @throws UnsupportedChangeException naming each blocking object, what it needs and what the plan does to it
     */
    public static void refuse(ChangeSet changes, List<Dependency> unmanaged, Set<String> managedSchemas) {
        if (unmanaged.isEmpty()) {
            return;
        }
        Map<ObjectRef, String> objects = new TreeMap<>();
        Map<QualifiedName, Relation> relations = new TreeMap<>();
        Map<ObjectRef, String> retypedRowTypes = new TreeMap<>();
        TargetNames names = TargetNames.of(changes);
        for (Change change : changes.changes()) {
            disturbed(change, names, objects, relations);
            if (change instanceof AlterCompositeType a) {
                retypedAttribute(a).ifPresent(fate -> retypedRowTypes.put(
                        ObjectRef.of(ObjectKind.TYPE, names.relation(a.current().name())), fate));
            }
        }
        Set<String> found = new TreeSet<>();
        for (Dependency edge : unmanaged) {
            ObjectRef referenced = edge.referenced();
            String fate = objects.get(referenced);
            if (fate == null && isRelation(referenced.kind()) && relations.containsKey(referenced.name())) {
                // a dropped relation takes its columns along: name the relation, not each column read
                Relation dropped = relations.get(referenced.name());
                fate = dropped.fate();
                referenced = ObjectRef.of(dropped.kind(), referenced.name());
            }
            if (fate == null && STORES_ROWS.contains(edge.dependent().kind())) {
                fate = retypedRowTypes.get(referenced);
            }
            if (fate != null) {
                found.add(describe(edge.dependent()) + " (" + whyUnmanaged(edge.dependent(), managedSchemas)
                        + ") depends on " + describe(referenced) + ", " + fate);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(found);
        if (lines.size() > SHOWN) {
            int more = lines.size() - SHOWN;
            lines = new ArrayList<>(lines.subList(0, SHOWN));
            lines.add("and " + more + " more");
        }
        throw new UnsupportedChangeException("the plan would drop or change objects that objects Converge does not "
                + "manage depend on; PostgreSQL would refuse it (cannot drop or alter what other objects depend on) "
                + "and roll the whole apply back:\n  - " + String.join("\n  - ", lines)
                + "\nmanage those objects (list their schema with --schema or 'schemas:' in converge.yaml, or take "
                + "them out of 'exclude:') so that the plan drops and re-creates them from the desired state, or drop "
                + "or change them by hand first; nothing was changed");
    }

    /**
     * What a change destroys that a dependent cannot survive, with how (for the message), under the names the
     * target's edges use (a column of a table the plan renames first is dropped under the new names).
     */
    private static void disturbed(Change change, TargetNames names, Map<ObjectRef, String> objects,
                                  Map<QualifiedName, Relation> relations) {
        if (change instanceof DropColumn d) {
            objects.put(ObjectRef.member(ObjectKind.COLUMN, names.relation(d.table()),
                    names.column(d.table(), d.column().name())), "which the plan drops");
        } else if (change instanceof AlterColumn a && a.changesType()) {
            objects.put(ObjectRef.member(ObjectKind.COLUMN, names.relation(a.table()),
                    names.column(a.table(), a.current().name())),
                    "whose " + (a.has(ColumnAspect.TYPE) ? "type" : "collation")
                            + " the plan changes (" + a.current().type() + " -> " + a.desired().type() + ")");
        } else if (change instanceof DropTable d) {
            relations.put(d.table().name(), new Relation(ObjectKind.TABLE, d.rowsKept()
                    ? "which the plan drops and creates again" : "which the plan drops"));
        } else if (change instanceof DropView d) {
            relations.put(d.view().name(), new Relation(d.view().ref().kind(), d.reason() == null
                    ? "which the plan drops" : "which the plan drops and creates again (it " + d.reason() + ")"));
        } else if (change instanceof DropFunction d) {
            objects.put(d.function().ref(), "which the plan drops (and perhaps creates again)");
        } else if (change instanceof DropObject d) {
            objects.put(d.object().ref(), "which the plan drops (and perhaps creates again)");
        } else if (change instanceof DropDomain d) {
            objects.put(ObjectRef.of(ObjectKind.DOMAIN, d.domain().name()), "which the plan drops");
        } else if (change instanceof DropCompositeType d) {
            objects.put(ObjectRef.of(ObjectKind.TYPE, d.type().name()), "which the plan drops");
        } else if (change instanceof DropEnum d) {
            objects.put(ObjectRef.of(ObjectKind.TYPE, d.enumType().name()), "which the plan drops");
        } else if (change instanceof RebuildEnum r) {
            objects.put(ObjectRef.of(ObjectKind.TYPE, r.current().name()),
                    "which the plan rebuilds (creates anew, then drops the old one)");
        } else if (change instanceof DropIndex d) {
            objects.put(ObjectRef.of(ObjectKind.INDEX, d.index().qualifiedName()), "which the plan drops");
        } else if (change instanceof DropConstraint d && hasIndex(d.constraint().kind())) {
            // the key's index has the constraint's name; a foreign key depends on the index
            objects.put(ObjectRef.of(ObjectKind.INDEX, QualifiedName.of(d.table().schema(), d.constraint().name())),
                    "which the plan drops (with constraint " + SqlText.identifier(d.constraint().name()) + " on "
                            + SqlText.qualified(d.table()) + ")");
        } else if (change instanceof DropSequence d) {
            objects.put(ObjectRef.of(ObjectKind.SEQUENCE, d.sequence().name()), "which the plan drops");
        } else if (change instanceof DropExtension d) {
            // with every object it owns: its types, functions, operators and operator classes
            objects.put(d.extension().ref(), "which the plan drops");
        }
    }

    /**
     * An attribute of a composite type whose type or collation the plan changes in place: PostgreSQL refuses that
     * while a column or a view's query uses the type ("cannot alter type ... because column ... uses it"); added and
     * dropped attributes, and a function's argument of the type, are no obstacle.
     */
    private static Optional<String> retypedAttribute(AlterCompositeType a) {
        for (CompositeType.Attribute current : a.current().attributes()) {
            for (CompositeType.Attribute desired : a.desired().attributes()) {
                if (current.name().equals(desired.name()) && !current.equals(desired)) {
                    return Optional.of("whose attribute " + SqlText.identifier(current.name())
                            + " the plan retypes (" + current.type() + " -> " + desired.type() + ")");
                }
            }
        }
        return Optional.empty();
    }

    /** A table, view or materialized view the plan drops, with how (for the message). */
    private record Relation(ObjectKind kind, String fate) {
    }

    private static boolean hasIndex(ConstraintKind kind) {
        return kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE || kind == ConstraintKind.EXCLUSION;
    }

    private static boolean isRelation(ObjectKind kind) {
        return kind == ObjectKind.TABLE || kind == ObjectKind.COLUMN || kind == ObjectKind.VIEW
                || kind == ObjectKind.MATERIALIZED_VIEW;
    }

    private static String whyUnmanaged(ObjectRef dependent, Set<String> managedSchemas) {
        String schema = dependent.name().schema();
        return managedSchemas.contains(schema) ? "excluded in converge.yaml"
                : "schema " + SqlText.identifier(schema) + " is not managed";
    }

    /** {@code view "Rep orts".v}, {@code column app.orders.extra}: quoted as SQL would, so that names are exact. */
    private static String describe(ObjectRef ref) {
        String kind = ref.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String name = SqlText.qualified(ref.name());
        if (ref.member() == null) {
            return kind + " " + name;
        }
        return switch (ref.kind()) {
            case FUNCTION, PROCEDURE -> kind + " " + name + "(" + ref.member() + ")";
            // an operator's name is not an identifier: app.===(integer, integer), as ALTER OPERATOR names it
            case OPERATOR -> kind + " " + SqlText.identifier(ref.name().schema()) + "." + ref.name().name()
                    + "(" + ref.member() + ")";
            case OPERATOR_CLASS, OPERATOR_FAMILY -> kind + " " + name + " using " + ref.member();
            case COLUMN -> kind + " " + name + "." + SqlText.identifier(ref.member());
            default -> kind + " " + SqlText.identifier(ref.member()) + " on " + name;
        };
    }
}
