package dev.converge.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.converge.model.Catalog;
import dev.converge.model.Index;
import dev.converge.model.Table;
import dev.converge.model.View;
import dev.converge.plan.Statement;

/**
 * Finds the managed object a statement changes. Statements name what they touch as kind and name ("column
 * public.orders.total", "index public.orders_total_idx", "privilege table public.orders"); a part belongs to the
 * object whose name is the longest prefix of the statement's, and an index to its table.
 */
final class ObjectResolver {

    private static final Set<String> OBJECT_KINDS = Set.of("schema", "extension", "table", "view",
            "materialized view", "sequence", "enum", "domain", "type", "function", "procedure");

    private final Map<String, String> idsByName = new HashMap<>();

    ObjectResolver(List<ManagedObject> objects, Catalog current, Catalog desired) {
        // Relations, types and routines first: an extension or schema of the same name must not hide them.
        for (ManagedObject object : objects) {
            if (!object.kind().equals("schema") && !object.kind().equals("extension")) {
                idsByName.putIfAbsent(object.name(), object.id());
            }
        }
        for (Catalog catalog : List.of(current, desired)) {
            for (Table table : catalog.tables()) {
                table.indexes().forEach(index -> indexOwner(index, "table"));
            }
            for (View view : catalog.views()) {
                view.indexes().forEach(index -> indexOwner(index, view.kindName()));
            }
        }
        for (ManagedObject object : objects) {
            idsByName.putIfAbsent(object.name(), object.id());
        }
    }

    private void indexOwner(Index index, String ownerKind) {
        idsByName.putIfAbsent(index.qualifiedName().toString(),
                ManagedObject.id(ownerKind, index.table().toString()));
    }

    String objectId(Statement statement) {
        String kind = statement.subject().label();
        String name = statement.subject().name();
        if (OBJECT_KINDS.contains(kind)) {
            return ManagedObject.id(kind, name);
        }
        if (kind.equals("privilege")) {
            // ObjectRef text: "<kind> <name>", the kind possibly two words ("materialized view ...")
            String rest = name.startsWith("materialized view ") ? name.substring(18)
                    : name.substring(name.indexOf(' ') + 1);
            if (name.startsWith("schema ")) {
                int dot = rest.indexOf('.');
                return ManagedObject.id("schema", dot < 0 ? rest : rest.substring(0, dot));
            }
            name = rest;
        }
        String found = longestPrefix(name);
        return found != null ? found : ManagedObject.id(kind, name);
    }

    private String longestPrefix(String name) {
        for (int end = name.length(); end > 0; end--) {
            if (end == name.length() || name.charAt(end) == '.' || name.charAt(end) == '(') {
                String id = idsByName.get(name.substring(0, end));
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }
}
