package dev.converge.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.converge.model.Catalog;
import dev.converge.model.CompositeType;
import dev.converge.model.Domain;
import dev.converge.model.EnumType;
import dev.converge.model.Extension;
import dev.converge.model.Grant;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;
import dev.converge.model.Schema;
import dev.converge.model.Sequence;
import dev.converge.model.Table;
import dev.converge.model.View;

/**
 * The schema-level objects of a catalog, each with a definition text that includes its parts, sorted by id. Parts
 * (columns, constraints, indexes, triggers, policies, privileges) are folded into their owner so that a report
 * has one entry, one test case, one diff per object a user would name.
 */
public final class ManagedObjects {

    private ManagedObjects() {
    }

    public static List<ManagedObject> of(Catalog catalog) {
        Map<ObjectRef, List<Grant>> grants = grantsByOwner(catalog);
        RelationParts parts = RelationParts.of(catalog);
        List<ManagedObject> objects = new ArrayList<>();
        for (Schema schema : catalog.schemas()) {
            objects.add(object("schema", schema.name(),
                    DefinitionText.schema(schema, grants.get(Grant.schemaRef(schema.name())))));
        }
        for (Extension extension : catalog.extensions()) {
            objects.add(fielded("extension", extension.name(), extension, null));
        }
        for (Table table : catalog.tables()) {
            objects.add(object("table", table.name().toString(), DefinitionText.table(table, parts,
                    grants.get(ObjectRef.of(ObjectKind.TABLE, table.name())))));
        }
        for (View view : catalog.views()) {
            objects.add(object(view.kindName(), view.name().toString(), DefinitionText.view(view, parts,
                    grants.get(ObjectRef.of(ObjectKind.TABLE, view.name())))));
        }
        for (Sequence sequence : catalog.sequences()) {
            objects.add(fielded("sequence", sequence.name().toString(), sequence,
                    grants.get(ObjectRef.of(ObjectKind.SEQUENCE, sequence.name()))));
        }
        for (EnumType type : catalog.enums()) {
            objects.add(fielded("enum", type.name().toString(), type,
                    grants.get(ObjectRef.of(ObjectKind.TYPE, type.name()))));
        }
        for (Domain domain : catalog.domains()) {
            objects.add(fielded("domain", domain.name().toString(), domain,
                    grants.get(ObjectRef.of(ObjectKind.TYPE, domain.name()))));
        }
        for (CompositeType type : catalog.compositeTypes()) {
            objects.add(fielded("type", type.name().toString(), type,
                    grants.get(ObjectRef.of(ObjectKind.TYPE, type.name()))));
        }
        for (Routine routine : catalog.functions()) {
            String kind = routine.kind() == Routine.Kind.PROCEDURE ? "procedure" : "function";
            objects.add(object(kind, routine.signature(), DefinitionText.routine(routine,
                    grants.get(routine.ref()))));
        }
        objects.sort(Comparator.comparing(ManagedObject::id));
        return List.copyOf(objects);
    }

    private static ManagedObject fielded(String kind, String name, Record record, List<Grant> grants) {
        return object(kind, name, DefinitionText.withGrants(DefinitionText.fields(kind, name, record), grants));
    }

    private static ManagedObject object(String kind, String name, String definition) {
        return new ManagedObject(ManagedObject.id(kind, name), kind, name, definition);
    }

    /**
     * Grants by the object that owns them: a column's privileges belong to its table, and anything granted on a
     * relation (table, view, sequence) is found under the table reference, which is how the catalog keys them.
     */
    private static Map<ObjectRef, List<Grant>> grantsByOwner(Catalog catalog) {
        Map<ObjectRef, List<Grant>> byOwner = new TreeMap<>();
        for (Grant grant : catalog.grants()) {
            ObjectRef object = grant.object();
            ObjectRef owner = switch (object.kind()) {
                case COLUMN, VIEW, MATERIALIZED_VIEW -> ObjectRef.of(ObjectKind.TABLE, object.name());
                default -> object;
            };
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(grant);
        }
        return byOwner;
    }
}
