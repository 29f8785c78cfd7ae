package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Views whose text columns carry a collation other than their type's ({@code name COLLATE "C" AS name}), over a
 * table of their own (no rows: the seeded rows are the other kinds'): some read by a view, some with a commented
 * column and a grant, some in a cycle with a SQL-standard function (view, function reading it, the view replaced to
 * call the function: the way a schema with such a cycle is written by hand; pg_dump's placeholder view must keep the
 * collation). The second version changes a column's collation (CREATE OR REPLACE VIEW cannot: the view is dropped
 * and created again, with what reads it), appends columns, drops views, adds some. A later kind
 * ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class CollatedViewKind implements KindGenerator {

    /** The base table's columns after {@code id}, both of text types. */
    private static final List<String> COLUMNS = List.of("name", "Label");
    private static final List<String> COLLATIONS = List.of("", "C", "POSIX");

    /**
     * One view: its table, its name, its columns (a base column's position, 0 for {@code id}) with their collations
     * ("" for the type's own), the function of its cycle (or null), its reader (or null), whether its first column
     * is commented on, and the role granted SELECT (or null).
     */
    record Shape(String table, String view, List<Integer> columns, List<String> collations, String cycle,
            String reader, boolean comment, String grantee) {

        Shape with(List<Integer> newColumns, List<String> newCollations, boolean newComment) {
            return new Shape(table, view, newColumns, newCollations, cycle, reader, newComment, grantee);
        }
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        if (!gen.chance(70)) {
            return;
        }
        String table = Sql.qualified(gen.one(schema.schemas), schema.name("ctab", gen));
        schema.add(new SimplePiece("ctab:" + table, "collated view table", Set.of(), "CREATE TABLE " + table
                + " (id integer, name text, \"Label\" character varying(20));"));
        KindSteps.addUpTo(3, schema, gen, CollatedViewKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("collated view", 60, schema, gen, CollatedViewKind::changed, CollatedViewKind::create);
        if (gen.chance(30)) {
            add(schema, gen);
        }
    }

    /** Drops the view (its reader and function go with it), or changes a collation, appends a column, or both. */
    private static Shape changed(Shape shape, Gen gen) {
        if (gen.chance(15)) {
            return null;
        }
        List<Integer> columns = new ArrayList<>(shape.columns());
        List<String> collations = new ArrayList<>(shape.collations());
        if (gen.chance(70)) {
            int at = gen.pick(columns.size());
            if (columns.get(at) > 0) {
                collations.set(at, gen.one(COLLATIONS));
            }
        }
        if (gen.chance(40)) {
            for (int column = 0; column <= COLUMNS.size(); column++) {
                if (!columns.contains(column)) {
                    columns.add(column);
                    collations.add(column == 0 ? "" : gen.one(COLLATIONS));
                    break;
                }
            }
        }
        return shape.with(columns, collations, shape.comment() != gen.chance(20));
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<SimplePiece> tables = schema.ofKind("collated view table");
        if (tables.isEmpty()) {
            return;
        }
        String table = tables.get(0).key().substring("ctab:".length());
        String where = gen.one(schema.schemas);
        String view = Sql.qualified(where, schema.name("cview", gen));
        List<Integer> columns = new ArrayList<>();
        List<String> collations = new ArrayList<>();
        for (int column = gen.pick(2); column <= COLUMNS.size(); column++) {
            if (column == 0 || gen.chance(80)) {
                columns.add(column);
                collations.add(column == 0 ? "" : gen.one(COLLATIONS));
            }
        }
        if (columns.isEmpty()) {
            columns.add(1);
            collations.add("C");
        }
        String cycle = gen.chance(30) ? Sql.qualified(gen.one(schema.schemas), schema.name("ccount", gen)) : null;
        String reader = gen.chance(30) ? Sql.qualified(where, schema.name("creader", gen)) : null;
        Shape shape = new Shape(table, view, columns, collations, cycle, reader, gen.chance(30),
                gen.chance(30) ? gen.one(schema.roles) : null);
        schema.add(new SimplePiece("cview:" + view, "collated view", Set.of(tables.get(0).key()), create(shape), null,
                shape));
    }

    private static String create(Shape shape) {
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < shape.columns().size(); i++) {
            int column = shape.columns().get(i);
            String name = column == 0 ? "id" : Sql.id(COLUMNS.get(column - 1));
            String collation = shape.collations().get(i);
            select.append(i == 0 ? "" : ", ").append(name)
                    .append(collation.isEmpty() ? "" : " COLLATE " + Sql.id(collation) + " AS " + name);
        }
        StringBuilder sql = new StringBuilder("CREATE VIEW " + shape.view() + " AS SELECT " + select + " FROM "
                + shape.table() + ";\n");
        if (shape.cycle() != null) {
            sql.append("CREATE FUNCTION ").append(shape.cycle()).append("() RETURNS bigint LANGUAGE sql RETURN (SELECT "
                    + "count(*) FROM ").append(shape.view()).append(");\nCREATE OR REPLACE VIEW ").append(shape.view())
                    .append(" AS SELECT ").append(select).append(", ").append(shape.cycle()).append("() AS n FROM ")
                    .append(shape.table()).append(";\n");
        }
        String first = shape.columns().get(0) == 0 ? "id" : Sql.id(COLUMNS.get(shape.columns().get(0) - 1));
        if (shape.reader() != null) {
            sql.append("CREATE VIEW ").append(shape.reader()).append(" AS SELECT ").append(first).append(" FROM ")
                    .append(shape.view()).append(";\n");
        }
        if (shape.comment()) {
            sql.append("COMMENT ON COLUMN ").append(shape.view()).append('.').append(first)
                    .append(" IS 'sorted ''by'' bytes';\n");
        }
        if (shape.grantee() != null) {
            sql.append("GRANT SELECT ON ").append(shape.view()).append(" TO ").append(Sql.id(shape.grantee()))
                    .append(";\n");
        }
        return sql.toString();
    }
}
