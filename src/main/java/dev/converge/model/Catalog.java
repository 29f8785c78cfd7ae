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
        // security: privileges, default privileges, row-level security policies, table options
        List<Grant> grants,
        List<DefaultPrivilege> defaultPrivileges,
        List<Policy> policies,
        List<TableOptions> tableOptions) {

    public Catalog {
        schemas = sorted(schemas, Comparator.comparing(Schema::name));
        enums = sorted(enums, Comparator.comparing(EnumType::name));
        sequences = sorted(sequences, Comparator.comparing(Sequence::name));
        tables = sorted(tables, Comparator.comparing(Table::name));
        dependencies = sorted(dependencies, Comparator.comparing(Dependency::dependent)
                .thenComparing(Dependency::referenced));
        // security
        grants = grants.stream().sorted().distinct().toList();
        defaultPrivileges = defaultPrivileges.stream().sorted().distinct().toList();
        policies = sorted(policies, Comparator.comparing(Policy::table).thenComparing(Policy::name));
        tableOptions = sorted(tableOptions, Comparator.comparing(TableOptions::table));
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

    /** A mutable collector of catalog parts; every part defaults to empty. */
    public static final class Builder {
        private List<Schema> schemas = List.of();
        private List<EnumType> enums = List.of();
        private List<Sequence> sequences = List.of();
        private List<Table> tables = List.of();
        private List<Dependency> dependencies = List.of();
        // security
        private List<Grant> grants = List.of();
        private List<DefaultPrivilege> defaultPrivileges = List.of();
        private List<Policy> policies = List.of();
        private List<TableOptions> tableOptions = List.of();

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

        // security
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

        public Catalog build() {
            return new Catalog(schemas, enums, sequences, tables, dependencies,
                    grants, defaultPrivileges, policies, tableOptions);
        }
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
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

    public Map<String, Schema> schemasByName() {
        return schemas.stream().collect(Collectors.toMap(Schema::name, Function.identity(), (a, b) -> a,
                java.util.TreeMap::new));
    }

    /** Non-default table options by table; a table absent here has {@link TableOptions#defaults}. */
    public Map<QualifiedName, TableOptions> tableOptionsByTable() {
        return byName(tableOptions, TableOptions::table);
    }

    /** The number of objects of every kind, for summaries and progress. */
    public int objectCount() {
        int count = schemas.size() + enums.size() + sequences.size();
        for (Table table : tables) {
            count += 1 + table.columns().size() + table.constraints().size() + table.indexes().size();
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
