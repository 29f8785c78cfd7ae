package dev.converge.source.yaml;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.converge.diff.Differ;
import dev.converge.model.Catalog;
import dev.converge.model.DefinedObject;
import dev.converge.model.Grant;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.plan.Planner;
import dev.converge.plan.Statement;

/**
 * The statements of the objects managed by their definition (statistics, collations, range types, foreign tables...)
 * for a YAML document's {@code sql:}: they have no node of their own. Written as a plan from nothing would create
 * them, so that they come in dependency order (a range type after its collation) with their comments, and with the
 * privileges on them, revoked defaults included (a range type without PUBLIC's USAGE).
 */
final class DefinedObjectSql {

    private DefinedObjectSql() {
    }

    /** The objects' refs and their columns' (a foreign table's column privileges): the grants written here. */
    static boolean covers(Set<ObjectRef> objects, ObjectRef ref) {
        return objects.contains(ref)
                || ref.kind() == ObjectKind.COLUMN && objects.contains(ObjectRef.of(ObjectKind.TABLE, ref.name()));
    }

    static Set<ObjectRef> refs(Catalog catalog) {
        return catalog.definedObjects().stream().map(DefinedObject::ref).collect(Collectors.toSet());
    }

    static String of(Catalog catalog) {
        if (catalog.definedObjects().isEmpty()) {
            return "";
        }
        Set<ObjectRef> objects = refs(catalog);
        List<Grant> grants = catalog.grants().stream().filter(g -> covers(objects, g.object())).toList();
        Catalog only = Catalog.builder().definedObjects(catalog.definedObjects()).grants(grants)
                .dependencies(catalog.dependencies()).build();
        StringBuilder sql = new StringBuilder();
        for (Statement statement : Planner.plan(Differ.diff(Catalog.empty(), only, List.of(),
                Differ.Context.DATABASES)).statements()) {
            String text = statement.sql().strip();
            sql.append(text).append(text.endsWith(";") ? "" : ";").append('\n');
        }
        return sql.toString();
    }
}
