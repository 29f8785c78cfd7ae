package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code DEFAULT NULL} on columns whose type has a modifier or is a domain, which PostgreSQL stores as a NULL cast
 * ({@code NULL::character varying}), on tables of their own (no rows): a plain table, where it is a default like any
 * other; a partition ({@code PARTITION OF p (c DEFAULT NULL)}) and an inheritance child ({@code ALTER TABLE ONLY
 * child ALTER COLUMN c SET DEFAULT NULL}), where under a parent column with a default of its own it says "not the
 * parent's". The second version sets and takes such defaults, changes the parent's, adds and drops columns, drops
 * the tables, adds some. A later kind ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class NullDefaultKind implements KindGenerator {

    /** A column type and a literal of it; {@code null} type: the piece's domain over {@code varchar(8)}. */
    private record Type(String sql, String literal) {
    }

    private static final List<Type> TYPES = List.of(new Type("character varying(20)", "'v'"),
            new Type("numeric(6,2)", "1.5"), new Type("character(3)", "'abc'"), new Type("text", "'t'"),
            new Type(null, "'d'"), new Type("timestamp(0) without time zone", "'2020-01-01 00:00:00'"),
            new Type("bit varying(5)", "B'101'"));

    /**
     * A column: its name, type, the default of the table (the parent's): null for none, {@code NULL} or the type's
     * literal; and whether the partition or child sets {@code DEFAULT NULL} of its own.
     */
    record Col(String name, Type type, String parentDefault, boolean childNull) {
    }

    /** The tables: the parent (the only table of a plain shape), the child or partition (or null), the domain. */
    record Shape(String parent, String child, boolean partition, String domain, boolean domainDefault,
            List<Col> columns) {

        Shape with(List<Col> newColumns) {
            return new Shape(parent, child, partition, domain, domainDefault, newColumns);
        }
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, NullDefaultKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("null default", 60, schema, gen, NullDefaultKind::changed, NullDefaultKind::create);
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    private static Shape changed(Shape shape, Gen gen) {
        if (gen.chance(10)) {
            return null;
        }
        List<Col> columns = new ArrayList<>();
        for (Col column : shape.columns()) {
            if (gen.chance(40)) {
                column = gen.chance(50) ? new Col(column.name(), column.type(), column.parentDefault(),
                        !column.childNull()) : new Col(column.name(), column.type(), parentDefault(column.type(), gen),
                                column.childNull());
            }
            columns.add(column);
        }
        if (columns.size() > 1 && gen.chance(15)) {
            columns.remove(gen.pick(columns.size()));
        }
        if (gen.chance(20)) {
            // the child's DEFAULT NULL on a column its parent gains with a default (KnownGaps, seed 1003)
            columns.add(column(shape.columns().size() + 1, gen));
        }
        return shape.with(columns);
    }

    private static void add(FuzzSchema schema, Gen gen) {
        String where = gen.one(schema.schemas);
        String parent = Sql.qualified(where, schema.name("nulls", gen));
        int form = gen.pick(3);
        String child = form == 0 ? null : Sql.qualified(where, schema.name("nullpart", gen));
        String domain = Sql.qualified(where, schema.name("ncode", gen));
        List<Col> columns = new ArrayList<>();
        for (int i = gen.between(1, 4); i > 0; i--) {
            columns.add(column(columns.size() + 1, gen));
        }
        Shape shape = new Shape(parent, child, form == 1, domain, gen.chance(30), columns);
        schema.add(new SimplePiece("nulls:" + parent, "null default", Set.of(), create(shape), null, shape));
    }

    private static Col column(int number, Gen gen) {
        Type type = gen.one(TYPES);
        return new Col(gen.chance(20) ? "Col " + number : "c" + number, type, parentDefault(type, gen),
                gen.chance(60));
    }

    private static String parentDefault(Type type, Gen gen) {
        return switch (gen.pick(3)) {
            case 0 -> null;
            case 1 -> "NULL";
            default -> type.literal();
        };
    }

    private static String create(Shape shape) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN " + shape.domain() + " AS character varying(8)"
                + (shape.domainDefault() ? " DEFAULT 'dd'" : "") + ";\nCREATE TABLE " + shape.parent()
                + " (id integer");
        for (Col column : shape.columns()) {
            sql.append(", ").append(Sql.id(column.name())).append(' ')
                    .append(column.type().sql() == null ? shape.domain() : column.type().sql())
                    .append(column.parentDefault() == null ? "" : " DEFAULT " + column.parentDefault());
        }
        sql.append(shape.partition() ? ") PARTITION BY RANGE (id);\n" : ");\n");
        if (shape.child() == null) {
            return sql.toString();
        }
        List<String> nulls = shape.columns().stream().filter(Col::childNull).map(c -> Sql.id(c.name())).toList();
        if (shape.partition()) {
            sql.append("CREATE TABLE ").append(shape.child()).append(" PARTITION OF ").append(shape.parent())
                    .append(nulls.isEmpty() ? "" : " (" + String.join(" DEFAULT NULL, ", nulls) + " DEFAULT NULL)")
                    .append(" FOR VALUES FROM (0) TO (10);\n");
        } else {
            sql.append("CREATE TABLE ").append(shape.child()).append(" () INHERITS (").append(shape.parent())
                    .append(");\n");
            nulls.forEach(c -> sql.append("ALTER TABLE ONLY ").append(shape.child()).append(" ALTER COLUMN ")
                    .append(c).append(" SET DEFAULT NULL;\n"));
        }
        return sql.toString();
    }
}
