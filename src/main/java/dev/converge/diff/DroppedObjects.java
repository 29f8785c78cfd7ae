package dev.converge.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.DropColumn;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropDomain;
import dev.converge.change.DropEnum;
import dev.converge.change.DropFunction;
import dev.converge.change.DropIndex;
import dev.converge.change.DropObject;
import dev.converge.change.DropSchema;
import dev.converge.change.DropSequence;
import dev.converge.change.DropTable;
import dev.converge.change.DropView;
import dev.converge.change.RebuildEnum;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Grant;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;

/**
 * The objects that the changes found so far drop (and perhaps create again). What they held (privileges,
 * policies) goes with them in PostgreSQL, so nothing is revoked or dropped for them, and whatever desired
 * wants on a re-created object is granted afresh.
 */
final class DroppedObjects {

    private final Set<ObjectRef> dropped = new HashSet<>();
    private final Set<ObjectRef> retyped = new HashSet<>();

    static DroppedObjects of(List<Change> changes) {
        DroppedObjects result = new DroppedObjects();
        for (Change change : changes) {
            if (change instanceof DropTable d) {
                result.dropped.add(ObjectRef.of(ObjectKind.TABLE, d.table().name()));
            } else if (change instanceof DropIndex d) {
                result.dropped.add(ObjectRef.of(ObjectKind.INDEX, d.index().qualifiedName()));
            } else if (change instanceof DropConstraint d && indexBacked(d.constraint().kind())) {
                result.dropped.add(ObjectRef.of(ObjectKind.INDEX,
                        QualifiedName.of(d.table().schema(), d.constraint().name())));
            } else if (change instanceof DropColumn d) {
                result.dropped.add(ObjectRef.member(ObjectKind.COLUMN, d.table(), d.column().name()));
            } else if (change instanceof AlterColumn a && a.changesType()) {
                result.retyped.add(ObjectRef.member(ObjectKind.COLUMN, a.table(), a.current().name()));
            } else if (change instanceof DropSequence d) {
                result.dropped.add(ObjectRef.of(ObjectKind.SEQUENCE, d.sequence().name()));
            } else if (change instanceof DropEnum d) {
                result.dropped.add(ObjectRef.of(ObjectKind.TYPE, d.enumType().name()));
            } else if (change instanceof DropView d) {
                result.dropped.add(d.view().ref());
            } else if (change instanceof DropFunction d) {
                result.dropped.add(d.function().ref());
            } else if (change instanceof DropDomain d) {
                result.dropped.add(ObjectRef.of(ObjectKind.DOMAIN, d.domain().name()));
            } else if (change instanceof DropCompositeType d) {
                result.dropped.add(ObjectRef.of(ObjectKind.TYPE, d.type().name()));
            } else if (change instanceof RebuildEnum r) {
                result.dropped.add(ObjectRef.of(ObjectKind.TYPE, r.current().name()));
            } else if (change instanceof DropObject d) {
                result.dropped.add(d.object().ref());
            } else if (change instanceof DropSchema d) {
                result.dropped.add(Grant.schemaRef(d.schema().name()));
            }
        }
        return result;
    }

    /** True when the object, its table or its schema is dropped by the plan. */
    boolean contains(ObjectRef object) {
        if (dropped.contains(object) || schemaDropped(object.name().schema())) {
            return true;
        }
        return object.kind() == ObjectKind.COLUMN && (tableDropped(object.name())
                || dropped.contains(ObjectRef.of(ObjectKind.VIEW, object.name()))
                || dropped.contains(ObjectRef.of(ObjectKind.MATERIALIZED_VIEW, object.name())));
    }

    /** True when the plan drops the object (see {@link #contains}) or changes its type (a column). */
    boolean disturbs(ObjectRef object) {
        return contains(object) || retyped.contains(object);
    }

    /** The tables the plan drops (and perhaps creates again). */
    Set<QualifiedName> droppedTables() {
        Set<QualifiedName> tables = new HashSet<>();
        dropped.stream().filter(r -> r.kind() == ObjectKind.TABLE).forEach(r -> tables.add(r.name()));
        return tables;
    }

    /**
     * The indexes the plan drops: by DROP INDEX, and those of the primary keys, unique and exclusion constraints it
     * drops (the constraint's name is its index's).
     */
    Set<QualifiedName> droppedIndexes() {
        Set<QualifiedName> indexes = new HashSet<>();
        dropped.stream().filter(r -> r.kind() == ObjectKind.INDEX).forEach(r -> indexes.add(r.name()));
        return indexes;
    }

    boolean tableDropped(QualifiedName table) {
        return dropped.contains(ObjectRef.of(ObjectKind.TABLE, table));
    }

    boolean schemaDropped(String schema) {
        return dropped.contains(Grant.schemaRef(schema));
    }

    /** A column that is dropped, or changes type: objects whose expressions use it must be dropped first. */
    boolean columnChanged(QualifiedName table, String column) {
        ObjectRef ref = ObjectRef.member(ObjectKind.COLUMN, table, column);
        return dropped.contains(ref) || retyped.contains(ref);
    }

    private static boolean indexBacked(ConstraintKind kind) {
        return kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE || kind == ConstraintKind.EXCLUSION;
    }
}
