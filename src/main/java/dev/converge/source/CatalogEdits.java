package dev.converge.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.DefinedObject;
import dev.converge.model.Domain;
import dev.converge.model.Index;
import dev.converge.model.ObjectRef;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;
import dev.converge.model.Table;
import dev.converge.model.Trigger;
import dev.converge.model.View;

/**
 * Edits of single objects of a catalog, applied in one rebuild at the end: a {@link Catalog} sorts all its lists
 * (thousands of tables, many more dependencies) each time it is built, too much to do once per edited expression.
 * Several edits of one object compose.
 */
final class CatalogEdits {

    private final Catalog catalog;
    private final Map<QualifiedName, Table> tables = new HashMap<>();
    private final Map<QualifiedName, Domain> domains = new HashMap<>();
    private final Map<QualifiedName, View> views = new HashMap<>();
    private final Map<String, Policy> policies = new HashMap<>();
    private final Map<String, Trigger> triggers = new HashMap<>();
    private final Map<ObjectRef, DefinedObject> objects = new HashMap<>();
    private final Map<ObjectRef, Routine> routines = new HashMap<>();
    private Map<QualifiedName, Table> tablesByName;
    private Map<QualifiedName, Domain> domainsByName;
    private Map<QualifiedName, View> viewsByName;

    CatalogEdits(Catalog catalog) {
        this.catalog = catalog;
    }

    void table(QualifiedName name, UnaryOperator<Table> edit) {
        if (tablesByName == null) {
            tablesByName = catalog.tablesByName();
        }
        tables.put(name, edit.apply(tables.getOrDefault(name, tablesByName.get(name))));
    }

    void column(QualifiedName table, String name, UnaryOperator<Column> edit) {
        table(table, t -> t.withColumns(t.columns().stream().map(c -> c.name().equals(name) ? edit.apply(c) : c)
                .toList()));
    }

    /** The index {@code name} of table {@code table} with {@code wanted}'s print (predicate and definition). */
    void index(QualifiedName table, String name, Index wanted) {
        table(table, t -> t.withIndexes(t.indexes().stream().map(i -> i.name().equals(name) ? takePrint(i, wanted) : i)
                .toList()));
    }

    /** The index {@code name} of materialized view {@code view} with {@code wanted}'s print. */
    void viewIndex(QualifiedName view, String name, Index wanted) {
        view(view, v -> new View(v.name(), v.materialized(), v.definition(), v.columns(), v.options(),
                v.indexes().stream().map(i -> i.name().equals(name) ? takePrint(i, wanted) : i).toList(),
                v.comment()));
    }

    void domain(QualifiedName name, UnaryOperator<Domain> edit) {
        if (domainsByName == null) {
            domainsByName = catalog.domainsByName();
        }
        domains.put(name, edit.apply(domains.getOrDefault(name, domainsByName.get(name))));
    }

    void view(QualifiedName name, UnaryOperator<View> edit) {
        if (viewsByName == null) {
            viewsByName = catalog.viewsByName();
        }
        views.put(name, edit.apply(views.getOrDefault(name, viewsByName.get(name))));
    }

    void policy(Policy policy, UnaryOperator<Policy> edit) {
        String key = policy.table() + " " + policy.name();
        policies.put(key, edit.apply(policies.getOrDefault(key, policy)));
    }

    void trigger(Trigger trigger, UnaryOperator<Trigger> edit) {
        String key = trigger.table() + " " + trigger.name();
        triggers.put(key, edit.apply(triggers.getOrDefault(key, trigger)));
    }

    void object(DefinedObject object, UnaryOperator<DefinedObject> edit) {
        objects.put(object.ref(), edit.apply(objects.getOrDefault(object.ref(), object)));
    }

    void routine(Routine routine, UnaryOperator<Routine> edit) {
        routines.put(routine.ref(), edit.apply(routines.getOrDefault(routine.ref(), routine)));
    }

    /** The catalog with every edit, or the same catalog when there is none. */
    Catalog build() {
        if (tables.isEmpty() && domains.isEmpty() && views.isEmpty() && policies.isEmpty() && triggers.isEmpty()
                && objects.isEmpty() && routines.isEmpty()) {
            return catalog;
        }
        return catalog.toBuilder()
                .tables(replaced(catalog.tables(), tables, Table::name))
                .domains(replaced(catalog.domains(), domains, Domain::name))
                .views(replaced(catalog.views(), views, View::name))
                .policies(replaced(catalog.policies(), policies, p -> p.table() + " " + p.name()))
                .triggers(replaced(catalog.triggers(), triggers, t -> t.table() + " " + t.name()))
                .definedObjects(replaced(catalog.definedObjects(), objects, DefinedObject::ref))
                .functions(replaced(catalog.functions(), routines, Routine::ref))
                .build();
    }

    private static <K, T> List<T> replaced(List<T> list, Map<K, T> edited, Function<T, K> key) {
        return edited.isEmpty() ? list : list.stream().map(o -> edited.getOrDefault(key.apply(o), o)).toList();
    }

    private static Index takePrint(Index index, Index wanted) {
        return new Index(index.name(), index.table(), index.unique(), index.method(), index.columns(),
                wanted.predicate(), wanted.definition(), index.comment(), index.valid(), index.statistics());
    }
}
