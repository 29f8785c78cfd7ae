package dev.converge.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.ColumnRef;
import dev.converge.model.Constraint;
import dev.converge.model.Dependency;
import dev.converge.model.ConstraintKind;
import dev.converge.model.EnumType;
import dev.converge.model.ForeignKey;
import dev.converge.model.Identity;
import dev.converge.model.Index;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;
import dev.converge.model.Schema;
import dev.converge.model.Sequence;
import dev.converge.model.Table;
import dev.converge.model.Trigger;

/**
 * Small builders for model records in tests. Definitions are written the way PostgreSQL prints them
 * ({@code pg_get_constraintdef}, {@code pg_get_indexdef}).
 */
public final class Build {

    private Build() {
    }

    public static QualifiedName qn(String dotted) {
        int dot = dotted.indexOf('.');
        return QualifiedName.of(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    public static CatalogBuilder catalog() {
        return new CatalogBuilder();
    }

    public static TableBuilder table(String name) {
        return new TableBuilder(qn(name));
    }

    public static ColumnBuilder col(String name, String type) {
        return new ColumnBuilder(name, type);
    }

    public static EnumType enumType(String name, String... labels) {
        return new EnumType(qn(name), List.of(labels), null);
    }

    public static Sequence sequence(String name) {
        return new Sequence(qn(name), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, null, null);
    }

    public static Sequence ownedSequence(String name, String table, String column) {
        return sequence(name).withOwnedBy(new ColumnRef(qn(table), column));
    }

    // functions and triggers
    /**
     * A SQL function {@code name(args) RETURNS result} whose body is {@code body}; the definition is written
     * the way pg_get_functiondef prints it. {@code args} serves as identity and full argument list.
     */
    public static Routine function(String name, String args, String result, String body) {
        QualifiedName q = qn(name);
        String definition = "CREATE OR REPLACE FUNCTION " + q + "(" + args + ")\n RETURNS " + result
                + "\n LANGUAGE sql\nAS $function$" + body + "$function$\n";
        return new Routine(q, args, Routine.Kind.FUNCTION, args, result, "sql", false, definition, null);
    }

    /** A row trigger {@code BEFORE INSERT} on {@code table} calling {@code function()}. */
    public static Trigger trigger(String table, String name, String function) {
        QualifiedName t = qn(table);
        return new Trigger(t, name, qn(function), List.of(), false, 'O',
                "CREATE TRIGGER " + name + " BEFORE INSERT ON " + t + " FOR EACH ROW EXECUTE FUNCTION "
                        + function + "()", null);
    }

    public static Identity.IdentitySequenceOptions intIdentityOptions() {
        return new Identity.IdentitySequenceOptions(1, 1, 1, Integer.MAX_VALUE, 1, false);
    }

    public static final class CatalogBuilder {
        private final List<Schema> schemas = new ArrayList<>();
        private final List<EnumType> enums = new ArrayList<>();
        private final List<Sequence> sequences = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        // types helper: domains, composite types, extensions
        private final List<dev.converge.model.Domain> domains = new ArrayList<>();
        private final List<dev.converge.model.CompositeType> compositeTypes = new ArrayList<>();
        private final List<dev.converge.model.Extension> extensions = new ArrayList<>();

        public CatalogBuilder domain(dev.converge.model.Domain domain) {
            domains.add(domain);
            return this;
        }

        public CatalogBuilder compositeType(dev.converge.model.CompositeType type) {
            compositeTypes.add(type);
            return this;
        }

        public CatalogBuilder extension(dev.converge.model.Extension extension) {
            extensions.add(extension);
            return this;
        }

        // functions and triggers
        private final List<Routine> functions = new ArrayList<>();
        private final List<Trigger> triggers = new ArrayList<>();
        private final List<Dependency> dependencies = new ArrayList<>();

        public CatalogBuilder function(Routine function) {
            functions.add(function);
            return this;
        }

        public CatalogBuilder trigger(Trigger trigger) {
            triggers.add(trigger);
            return this;
        }

        /** {@code dependent} depends on {@code referenced}, as the pg_depend query would report it. */
        public CatalogBuilder dependency(ObjectRef dependent, ObjectRef referenced) {
            dependencies.add(new Dependency(dependent, referenced));
            return this;
        }

        public CatalogBuilder schema(String... names) {
            Arrays.stream(names).forEach(n -> schemas.add(new Schema(n, null)));
            return this;
        }

        public CatalogBuilder schema(Schema schema) {
            schemas.add(schema);
            return this;
        }

        public CatalogBuilder enumType(EnumType type) {
            enums.add(type);
            return this;
        }

        public CatalogBuilder sequence(Sequence sequence) {
            sequences.add(sequence);
            return this;
        }

        public CatalogBuilder table(TableBuilder table) {
            tables.add(table.build());
            return this;
        }

        public CatalogBuilder table(Table table) {
            tables.add(table);
            return this;
        }

        public Catalog build() {
            return Catalog.builder().schemas(schemas).enums(enums).sequences(sequences).tables(tables)
                    .domains(domains).compositeTypes(compositeTypes).extensions(extensions)
                    .functions(functions).triggers(triggers).dependencies(dependencies).build();
        }

        /** The same catalog with every list reversed, to check that input order does not matter. */
        public Catalog buildReversed() {
            List<Table> reversed = new ArrayList<>();
            for (Table t : tables) {
                List<Constraint> constraints = new ArrayList<>(t.constraints());
                java.util.Collections.reverse(constraints);
                List<Index> indexes = new ArrayList<>(t.indexes());
                java.util.Collections.reverse(indexes);
                reversed.add(0, new Table(t.name(), t.unlogged(), t.columns(), constraints, indexes, t.comment()));
            }
            List<Schema> s = new ArrayList<>(schemas);
            java.util.Collections.reverse(s);
            List<EnumType> e = new ArrayList<>(enums);
            java.util.Collections.reverse(e);
            List<Sequence> q = new ArrayList<>(sequences);
            java.util.Collections.reverse(q);
            List<Routine> f = new ArrayList<>(functions);
            java.util.Collections.reverse(f);
            List<Trigger> g = new ArrayList<>(triggers);
            java.util.Collections.reverse(g);
            return Catalog.builder().schemas(s).enums(e).sequences(q).tables(reversed)
                    .functions(f).triggers(g).dependencies(dependencies).build();
        }
    }

    public static final class TableBuilder {
        private final QualifiedName name;
        private boolean unlogged;
        private String comment;
        private final List<Column> columns = new ArrayList<>();
        private final List<Constraint> constraints = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();

        TableBuilder(QualifiedName name) {
            this.name = name;
        }

        public TableBuilder col(ColumnBuilder column) {
            columns.add(column.build());
            return this;
        }

        public TableBuilder col(String column, String type) {
            return col(new ColumnBuilder(column, type));
        }

        public TableBuilder pk(String constraint, String... cols) {
            return constraint(constraint, ConstraintKind.PRIMARY_KEY, List.of(cols),
                    "PRIMARY KEY (" + String.join(", ", cols) + ")");
        }

        public TableBuilder unique(String constraint, String... cols) {
            return constraint(constraint, ConstraintKind.UNIQUE, List.of(cols),
                    "UNIQUE (" + String.join(", ", cols) + ")");
        }

        public TableBuilder check(String constraint, String column, String expression) {
            return constraint(constraint, ConstraintKind.CHECK, List.of(column), "CHECK ((" + expression + "))");
        }

        public TableBuilder constraint(String constraint, ConstraintKind kind, List<String> cols, String definition) {
            constraints.add(new Constraint(constraint, kind, cols, definition, false, false, null, null));
            return this;
        }

        public TableBuilder fk(String constraint, String column, String referencedTable, String referencedColumn) {
            return fk(constraint, column, referencedTable, referencedColumn, "");
        }

        public TableBuilder fk(String constraint, String column, String referencedTable, String referencedColumn,
                               String suffix) {
            String definition = "FOREIGN KEY (" + column + ") REFERENCES " + referencedTable + "(" + referencedColumn
                    + ")" + suffix;
            constraints.add(new Constraint(constraint, ConstraintKind.FOREIGN_KEY, List.of(column), definition,
                    false, false, new ForeignKey(qn(referencedTable), List.of(referencedColumn), "NO ACTION",
                    "NO ACTION", "SIMPLE"), null));
            return this;
        }

        public TableBuilder index(String index, String... cols) {
            return index(false, index, cols);
        }

        public TableBuilder uniqueIndex(String index, String... cols) {
            return index(true, index, cols);
        }

        private TableBuilder index(boolean unique, String index, String... cols) {
            String definition = "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + index + " ON " + name
                    + " USING btree (" + String.join(", ", cols) + ")";
            indexes.add(new Index(index, name, unique, "btree", List.of(cols), null, definition, null));
            return this;
        }

        public TableBuilder index(Index index) {
            indexes.add(index);
            return this;
        }

        public TableBuilder unlogged() {
            unlogged = true;
            return this;
        }

        public TableBuilder comment(String text) {
            comment = text;
            return this;
        }

        /** Sets the comment of the last added constraint. */
        public TableBuilder constraintComment(String text) {
            Constraint last = constraints.remove(constraints.size() - 1);
            constraints.add(last.withComment(text));
            return this;
        }

        public Table build() {
            return new Table(name, unlogged, columns, constraints, indexes, comment);
        }
    }

    public static final class ColumnBuilder {
        private final String name;
        private final String type;
        private boolean notNull;
        private String defaultExpression;
        private Identity identity = Identity.NONE;
        private String generated;
        private String collation;
        private String comment;

        ColumnBuilder(String name, String type) {
            this.name = name;
            this.type = type;
        }

        public ColumnBuilder notNull() {
            notNull = true;
            return this;
        }

        public ColumnBuilder defaultExpr(String expression) {
            defaultExpression = expression;
            return this;
        }

        public ColumnBuilder identity(Identity.IdentityKind kind, Identity.IdentitySequenceOptions options) {
            identity = new Identity(kind, options);
            notNull = true;
            return this;
        }

        public ColumnBuilder generated(String expression) {
            generated = expression;
            return this;
        }

        public ColumnBuilder collate(String name) {
            collation = name;
            return this;
        }

        public ColumnBuilder comment(String text) {
            comment = text;
            return this;
        }

        public Column build() {
            return new Column(name, type, notNull, defaultExpression, identity, generated, collation, comment);
        }
    }
}
