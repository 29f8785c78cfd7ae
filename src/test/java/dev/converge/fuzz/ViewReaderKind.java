package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * SQL-standard functions ({@code RETURN (SELECT ...)}) that read a column of a view, some with a comment and grants,
 * and now and then a view over such a function (a chain): PostgreSQL records what those bodies read, so a view that
 * the second version re-creates (other columns) takes them along (issue 13, "Real schemas converge"). The second
 * version changes some bodies; a reader goes with the column it reads.
 *
 * <p>Generated last, from a generator of its own seeded by the schema's pieces, with names of its own and no address
 * for the comment and grant kinds: the other kinds make the same choices as before it was added, so the seeds that CI
 * fuzzes (and the cases recorded from them) keep their shapes.
 */
final class ViewReaderKind implements KindGenerator {

    /** A reader: its number, name, the view it reads (key and name), the column, and its body's variant. */
    record Shape(int number, String name, String viewKey, String view, String column, int variant) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen shared) {
        Gen gen = own(schema);
        for (int i = gen.between(0, 2); i > 0; i--) {
            add(schema, gen);
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen shared) {
        Gen gen = own(schema);
        for (SimplePiece piece : schema.ofKind("viewreader")) {
            Shape shape = (Shape) piece.detail();
            if (gen.chance(25)) {
                Shape changed = new Shape(shape.number, shape.name, shape.viewKey, shape.view, shape.column,
                        shape.variant + 1);
                schema.replace(piece, piece.withSql(create(changed, schema, gen), changed));
            }
        }
        if (gen.chance(30)) {
            add(schema, gen);
        }
    }

    /** A stream of choices of this kind's own, the same for the same schema (String hashes are fixed by the JLS). */
    private static Gen own(FuzzSchema schema) {
        long seed = 17;
        for (Piece piece : schema.pieces) {
            seed = seed * 31 + piece.key().hashCode();
        }
        return new Gen(seed);
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<SimplePiece> views = schema.ofKind("view");
        if (views.isEmpty()) {
            return;
        }
        SimplePiece view = gen.one(views);
        ViewKind.Shape viewShape = (ViewKind.Shape) view.detail();
        String column = gen.one(viewShape.columns());
        int number = 1 + schema.ofKind("viewreader").stream().mapToInt(p -> ((Shape) p.detail()).number)
                .max().orElse(0);
        String name = Sql.qualified(SchemaKind.any(schema, gen), (gen.chance(30) ? "View Reader " : "vr_") + number);
        Shape shape = new Shape(number, name, view.key(), viewShape.name(), column, gen.pick(4));
        String key = "f:" + name + "()";
        schema.add(new SimplePiece(key, "viewreader", Set.of(view.key(), view.key() + "/" + column),
                create(shape, schema, gen), null, shape));
        if (gen.chance(30)) {
            String over = Sql.qualified(SchemaKind.any(schema, gen), "vr_over_" + number);
            schema.add(new SimplePiece("v:" + over, "readerview", Set.of(key),
                    "CREATE VIEW " + over + " AS SELECT " + name + "() AS n;", null, null));
        }
    }

    /** The function, and in some variants its comment and grants (which a re-creation must keep). */
    private static String create(Shape shape, FuzzSchema schema, Gen gen) {
        String read = shape.variant % 2 == 0 ? "count(s." + Sql.id(shape.column) + ")"
                : "count(DISTINCT s." + Sql.id(shape.column) + ") + " + shape.variant;
        StringBuilder sql = new StringBuilder("CREATE FUNCTION ").append(shape.name)
                .append("() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT ").append(read).append(" FROM ")
                .append(shape.view).append(" s);");
        if (shape.variant % 4 >= 2) {
            sql.append("\nCOMMENT ON FUNCTION ").append(shape.name).append("() IS 'reads a view';");
            sql.append("\nREVOKE EXECUTE ON FUNCTION ").append(shape.name).append("() FROM PUBLIC;");
            sql.append("\nGRANT EXECUTE ON FUNCTION ").append(shape.name).append("() TO ")
                    .append(Sql.id(gen.one(schema.roles))).append(';');
        }
        return sql.toString();
    }
}
