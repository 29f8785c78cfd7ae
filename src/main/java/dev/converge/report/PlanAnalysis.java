package dev.converge.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.converge.plan.Statement;

/**
 * What every format needs from a report, worked out once: the objects of both catalogs (sorted by id), which
 * statements change which object, and where each object is defined. A statement whose object is in neither
 * catalog (a default privilege, say) still gets an entry of its own, so that no drift goes unreported.
 */
final class PlanAnalysis {

    private final List<ObjectState> objects;
    private final List<String> statementObjectIds;
    private final Map<String, ObjectState> objectsById;

    PlanAnalysis(PlanReport report) {
        List<ManagedObject> currentObjects = ManagedObjects.of(report.current());
        // columns in the order the table will have (see ColumnOrder), so that a moved column shows no change
        List<ManagedObject> desiredObjects = ManagedObjects.of(ColumnOrder.alignedTo(report.desired(),
                report.current()));
        Map<String, ManagedObject> current = byId(currentObjects);
        Map<String, ManagedObject> desired = byId(desiredObjects);
        List<ManagedObject> all = new ArrayList<>(current.values());
        desired.values().stream().filter(o -> !current.containsKey(o.id())).forEach(all::add);
        ObjectResolver resolver = new ObjectResolver(all, report.current(), report.desired());

        Map<String, List<Integer>> statementsById = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        List<Statement> statements = report.plan().statements();
        for (int i = 0; i < statements.size(); i++) {
            String id = resolver.objectId(statements.get(i));
            ids.add(id);
            statementsById.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
        }
        Map<String, List<SourceLocation>> definitions = byFamilyAndName(report.definitions());
        Map<String, ObjectState> states = new TreeMap<>();
        for (ManagedObject object : all) {
            ManagedObject c = current.get(object.id());
            ManagedObject d = desired.get(object.id());
            states.put(object.id(), new ObjectState(object.id(), object.kind(), object.name(),
                    c == null ? null : c.definition(), d == null ? null : d.definition(),
                    statementsById.getOrDefault(object.id(), List.of()),
                    d == null ? null : locate(d, definitions)));
        }
        statementsById.forEach((id, indexes) -> states.computeIfAbsent(id, k -> {
            Statement first = statements.get(indexes.get(0));
            return new ObjectState(id, first.subject().label(), first.subject().name(), null, null, indexes, null);
        }));
        this.objects = List.copyOf(states.values());
        this.objectsById = states;
        this.statementObjectIds = Collections.unmodifiableList(ids);
    }

    List<ObjectState> objects() {
        return objects;
    }

    List<ObjectState> drifted() {
        return objects.stream().filter(ObjectState::drifted).toList();
    }

    /** The id of the object that statement {@code index} of the plan changes. */
    String objectId(int index) {
        return statementObjectIds.get(index);
    }

    ObjectState object(String id) {
        ObjectState object = objectsById.get(id);
        if (object == null) {
            throw new java.util.NoSuchElementException(id);
        }
        return object;
    }

    private static Map<String, ManagedObject> byId(List<ManagedObject> objects) {
        Map<String, ManagedObject> map = new TreeMap<>();
        objects.forEach(o -> map.put(o.id(), o));
        return map;
    }

    /** The definitions by family and name (a report locates every object: one scan of them each was quadratic). */
    private static Map<String, List<SourceLocation>> byFamilyAndName(List<SourceLocation> definitions) {
        Map<String, List<SourceLocation>> map = new java.util.HashMap<>();
        definitions.forEach(d -> map.computeIfAbsent(d.family() + '\u0000' + d.name(), k -> new ArrayList<>()).add(d));
        return map;
    }

    /**
     * The CREATE statement of the object: same family and name, qualified with the object's schema, or else
     * unqualified (resolved by the search path when it was loaded). A function matches by name: its overloads
     * all point at the first definition of that name.
     */
    private static SourceLocation locate(ManagedObject object, Map<String, List<SourceLocation>> definitions) {
        String schema = null;
        String name = object.name();
        if (!object.family().equals("schema") && !object.family().equals("extension")) {
            String bare = object.family().equals("routine") ? name.substring(0, name.indexOf('(')) : name;
            int dot = bare.indexOf('.');
            schema = bare.substring(0, dot);
            name = bare.substring(dot + 1);
        }
        SourceLocation unqualified = null;
        for (SourceLocation location : definitions.getOrDefault(object.family() + '\u0000' + name, List.of())) {
            if (schema == null || schema.equals(location.schema())) {
                return location;
            }
            if (location.schema() == null && unqualified == null) {
                unqualified = location;
            }
        }
        return unqualified;
    }
}
