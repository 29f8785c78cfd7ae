package dev.converge.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything Converge manages in a set of schemas, as read from one database: the live target or the dev
 * database holding the desired state. Lists are sorted by name so that every later step is deterministic.
 * {@code dependencies} are the edges between managed objects that PostgreSQL records; planning uses them to move
 * dependents out of the way of a change and back.
 */
public record Catalog(
        List<Schema> schemas,
        List<EnumType> enums,
        List<Sequence> sequences,
        List<Table> tables,
        List<Dependency> dependencies,
        List<Domain> domains,
        List<CompositeType> compositeTypes,
        List<Extension> extensions,
        List<View> views,
        List<Routine> functions,
        List<Trigger> triggers,
        List<Grant> grants,
        List<DefaultPrivilege> defaultPrivileges,
        List<Policy> policies,
        List<TableOptions> tableOptions,
        List<DefinedObject> definedObjects,
        List<TableInheritance> inheritances,
        List<DelegatedGrant> delegatedGrants) {

    public Catalog {
        schemas = sorted(schemas, Comparator.comparing(Schema::name));
        enums = sorted(enums, Comparator.comparing(EnumType::name));
        sequences = sorted(sequences, Comparator.comparing(Sequence::name));
        tables = sorted(tables, Comparator.comparing(Table::name));
        dependencies = sorted(dependencies, Comparator.comparing(Dependency::dependent)
                .thenComparing(Dependency::referenced));
        domains = sorted(domains, Comparator.comparing(Domain::name));
        compositeTypes = sorted(compositeTypes, Comparator.comparing(CompositeType::name));
        extensions = sorted(extensions, Comparator.comparing(Extension::name));
        views = sorted(views, Comparator.comparing(View::name));
        functions = sorted(functions, Comparator.comparing(Routine::ref));
        triggers = sorted(triggers, Comparator.comparing(Trigger::table).thenComparing(Trigger::name));
        grants = grants.stream().sorted().distinct().toList();
        defaultPrivileges = defaultPrivileges.stream().sorted().distinct().toList();
        policies = sorted(policies, Comparator.comparing(Policy::table).thenComparing(Policy::name));
        tableOptions = sorted(tableOptions, Comparator.comparing(TableOptions::table));
        definedObjects = sorted(definedObjects, Comparator.comparing(DefinedObject::ref));
        inheritances = sorted(inheritances, Comparator.comparing(TableInheritance::table));
        delegatedGrants = delegatedGrants.stream().sorted().distinct().toList();
    }

    public static Catalog empty() {
        return builder().build();
    }

    /**
     * Builds a catalog by naming its parts, so that adding an object kind to the model does not change every
     * place that constructs one.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every part of this catalog, to change some of them and keep the rest. */
    public Builder toBuilder() {
        return new Builder().schemas(schemas).enums(enums).sequences(sequences).tables(tables)
                .dependencies(dependencies).domains(domains).compositeTypes(compositeTypes).extensions(extensions)
                .views(views).functions(functions).triggers(triggers)
                .grants(grants).defaultPrivileges(defaultPrivileges).policies(policies).tableOptions(tableOptions)
                .definedObjects(definedObjects).inheritances(inheritances).delegatedGrants(delegatedGrants);
    }

    /** A mutable collector of catalog parts; every part defaults to empty. */
    public static final class Builder {
        private List<Schema> schemas = List.of();
        private List<EnumType> enums = List.of();
        private List<Sequence> sequences = List.of();
        private List<Table> tables = List.of();
        private List<Dependency> dependencies = List.of();
        private List<Domain> domains = List.of();
        private List<CompositeType> compositeTypes = List.of();
        private List<Extension> extensions = List.of();
        private List<View> views = List.of();
        private List<Routine> functions = List.of();
        private List<Trigger> triggers = List.of();
        private List<Grant> grants = List.of();
        private List<DefaultPrivilege> defaultPrivileges = List.of();
        private List<Policy> policies = List.of();
        private List<TableOptions> tableOptions = List.of();
        private List<DefinedObject> definedObjects = List.of();
        private List<TableInheritance> inheritances = List.of();
        private List<DelegatedGrant> delegatedGrants = List.of();

        private Builder() {
        }

        public Builder schemas(List<Schema> value) {
            schemas = value;
            return this;
        }

        public Builder enums(List<EnumType> value) {
            enums = value;
            return this;
        }

        public Builder sequences(List<Sequence> value) {
            sequences = value;
            return this;
        }

        public Builder tables(List<Table> value) {
            tables = value;
            return this;
        }

        public Builder dependencies(List<Dependency> value) {
            dependencies = value;
            return this;
        }

        public Builder domains(List<Domain> value) {
            domains = value;
            return this;
        }

        public Builder compositeTypes(List<CompositeType> value) {
            compositeTypes = value;
            return this;
        }

        public Builder extensions(List<Extension> value) {
            extensions = value;
            return this;
        }

        public Builder views(List<View> value) {
            views = value;
            return this;
        }

        public Builder functions(List<Routine> value) {
            functions = value;
            return this;
        }

        public Builder triggers(List<Trigger> value) {
            triggers = value;
            return this;
        }

        public Builder grants(List<Grant> value) {
            grants = value;
            return this;
        }

        public Builder defaultPrivileges(List<DefaultPrivilege> value) {
            defaultPrivileges = value;
            return this;
        }

        public Builder policies(List<Policy> value) {
            policies = value;
            return this;
        }

        public Builder tableOptions(List<TableOptions> value) {
            tableOptions = value;
            return this;
        }

        public Builder definedObjects(List<DefinedObject> value) {
            definedObjects = value;
            return this;
        }

        public Builder inheritances(List<TableInheritance> value) {
            inheritances = value;
            return this;
        }

        public Builder delegatedGrants(List<DelegatedGrant> value) {
            delegatedGrants = value;
            return this;
        }

        public Catalog build() {
            return new Catalog(schemas, enums, sequences, tables, dependencies,
                    domains, compositeTypes, extensions, views, functions, triggers,
                    grants, defaultPrivileges, policies, tableOptions, definedObjects, inheritances,
                    delegatedGrants);
        }
    }

    /** The table of that name: a binary search, since tables are sorted by name (callers look up every table). */
    public Optional<Table> table(QualifiedName name) {
        int low = 0;
        int high = tables.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = tables.get(middle).name().compareTo(name);
            if (order == 0) {
                return Optional.of(tables.get(middle));
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }

    public Map<QualifiedName, Table> tablesByName() {
        return byName(tables, Table::name);
    }

    public Map<QualifiedName, Sequence> sequencesByName() {
        return byName(sequences, Sequence::name);
    }

    public Map<QualifiedName, EnumType> enumsByName() {
        return byName(enums, EnumType::name);
    }

    public Map<QualifiedName, Domain> domainsByName() {
        return byName(domains, Domain::name);
    }

    public Map<QualifiedName, CompositeType> compositeTypesByName() {
        return byName(compositeTypes, CompositeType::name);
    }

    public Map<String, Extension> extensionsByName() {
        return extensions.stream().collect(Collectors.toMap(Extension::name, Function.identity(), (a, b) -> a,
                java.util.TreeMap::new));
    }

    /** Views and materialized views by name (they share PostgreSQL's relation namespace). */
    public Map<QualifiedName, View> viewsByName() {
        return byName(views, View::name);
    }

    public Map<String, Schema> schemasByName() {
        return schemas.stream().collect(Collectors.toMap(Schema::name, Function.identity(), (a, b) -> a,
                java.util.TreeMap::new));
    }

    /** Functions and procedures by their identity (kind, name, identity arguments): overloads are distinct. */
    public Map<ObjectRef, Routine> functionsByRef() {
        return functions.stream().collect(Collectors.toMap(Routine::ref, r -> r, (a, b) -> a,
                java.util.TreeMap::new));
    }

    /** Objects managed by their definition (statistics, ...) by their identity. */
    public Map<ObjectRef, DefinedObject> definedObjectsByRef() {
        return definedObjects.stream().collect(Collectors.toMap(DefinedObject::ref, o -> o, (a, b) -> a,
                java.util.TreeMap::new));
    }

    /** What {@code dependent} depends on, according to PostgreSQL (pg_depend), sorted. */
    public List<ObjectRef> dependenciesOf(ObjectRef dependent) {
        return dependencies.stream().filter(d -> d.dependent().equals(dependent)).map(Dependency::referenced)
                .toList();
    }

    /** Non-default table options by table; a table absent here has {@link TableOptions#defaults}. */
    public Map<QualifiedName, TableOptions> tableOptionsByTable() {
        return byName(tableOptions, TableOptions::table);
    }

    /** The parents of each child table (table inheritance, not partitions) by child. */
    public Map<QualifiedName, TableInheritance> inheritancesByTable() {
        return byName(inheritances, TableInheritance::table);
    }

    /** The number of objects of every kind, for summaries and progress. */
    public int objectCount() {
        int count = schemas.size() + enums.size() + sequences.size();
        count += domains.size() + compositeTypes.size() + extensions.size();
        count += functions.size() + triggers.size() + definedObjects.size();
        for (Table table : tables) {
            count += 1 + table.columns().size() + table.constraints().size() + table.indexes().size();
        }
        for (View view : views) {
            count += 1 + view.indexes().size();
        }
        return count;
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }

    private static <T> Map<QualifiedName, T> byName(List<T> items, Function<T, QualifiedName> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a,
                java.util.TreeMap::new));
    }
}
