package dev.converge.report;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.converge.model.Catalog;
import dev.converge.model.Index;
import dev.converge.model.Table;
import dev.converge.model.View;
import dev.converge.plan.Statement;
import dev.converge.plan.Subject;
import dev.converge.plan.Subject.Kind;

/**
 * Finds the managed object a statement changes. Statements name what they touch as kind and name ("column
 * public.orders.total", "index public.orders_total_idx", "privilege table public.orders"); a part belongs to the
 * object whose name is the longest prefix of the statement's, and an index to its table.
 */
final class ObjectResolver {

    /** The subjects that are objects of their own; the others are parts of one (or privileges on one). */
    private static final Set<Kind> OBJECT_KINDS = EnumSet.of(Kind.SCHEMA, Kind.EXTENSION, Kind.TABLE, Kind.VIEW,
            Kind.MATERIALIZED_VIEW, Kind.SEQUENCE, Kind.ENUM, Kind.DOMAIN, Kind.TYPE, Kind.FUNCTION, Kind.PROCEDURE);

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
        Subject subject = statement.subject();
        String name = subject.name();
        if (OBJECT_KINDS.contains(subject.kind())) {
            return ManagedObject.id(subject.label(), name);
        }
        if (subject.kind() == Kind.PRIVILEGE) {
            // The name, not the object: a plan read back from JSON has only the name. ObjectRef text:
            // "<kind> <name>", the kind possibly two words ("materialized view ...")
            String rest = name.startsWith("materialized view ") ? name.substring(18)
                    : name.substring(name.indexOf(' ') + 1);
            if (name.startsWith("schema ")) {
                int dot = rest.indexOf('.');
                return ManagedObject.id("schema", dot < 0 ? rest : rest.substring(0, dot));
            }
            name = rest;
        }
        String found = longestPrefix(name);
        return found != null ? found : ManagedObject.id(subject.label(), name);
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
