package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Aggregates ({@code CREATE AGGREGATE}) over a generated state function, some used by a view that totals a table.
 * The second version changes the state function's body (the aggregate stays), redefines an aggregate (another
 * initial state: a drop and create, its views follow), adds and drops them.
 */
final class AggregateKind implements KindGenerator {

    /** An aggregate and its state function: names and the variants of their definitions. */
    record Shape(String name, String stateFunction, int variant) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(1, schema, gen, AggregateKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("aggfunc")) {
            if (gen.chance(30)) {
                Shape shape = (Shape) piece.detail();
                Shape changed = new Shape(shape.name, shape.stateFunction, shape.variant + 1);
                schema.replace(piece, piece.withSql(stateFunction(changed), changed));
            }
        }
        for (SimplePiece piece : schema.ofKind("aggregate")) {
            Shape shape = (Shape) piece.detail();
            if (gen.chance(25)) {
                Shape changed = new Shape(shape.name, shape.stateFunction, shape.variant + 1);
                schema.replace(piece, piece.withSql(aggregate(changed), changed));
            } else if (gen.chance(10)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(15)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        String where = SchemaKind.any(schema, gen);
        Shape shape = new Shape(Sql.qualified(where, schema.name("total", gen)),
                Sql.qualified(where, schema.name("total_step", gen)), gen.pick(2));
        String functionKey = "f:" + shape.stateFunction + "(integer, integer)";
        schema.add(new SimplePiece(functionKey, "aggfunc", Set.of(), stateFunction(shape),
                new SimplePiece.Address("FUNCTION " + shape.stateFunction + "(integer, integer)", null, null), shape));
        String key = "f:" + shape.name + "(integer)";
        schema.add(new SimplePiece(key, "aggregate", Set.of(functionKey), aggregate(shape),
                new SimplePiece.Address("AGGREGATE " + shape.name + "(integer)", "FUNCTION " + shape.name
                        + "(integer)", "EXECUTE"), shape));
        List<FuzzTable> tables = schema.ownTables();
        if (!tables.isEmpty() && gen.chance(50)) {
            FuzzTable table = gen.one(tables);
            String view = Sql.qualified(where, schema.name("totals", gen));
            schema.add(new SimplePiece("v:" + view, "aggview", Set.of(key, table.key(), table.columnKey("id")),
                    "CREATE VIEW " + view + " AS SELECT " + shape.name + "(s.id::integer) AS total FROM "
                            + table.qualified() + " s;",
                    new SimplePiece.Address("VIEW " + view, "TABLE " + view, "SELECT"), null));
        }
    }

    private static String stateFunction(Shape shape) {
        return "CREATE FUNCTION " + shape.stateFunction + "(state integer, v integer) RETURNS integer LANGUAGE sql "
                + "IMMUTABLE AS $$ SELECT " + (shape.variant % 2 == 0 ? "state + v" : "greatest(state, v)") + " $$;";
    }

    private static String aggregate(Shape shape) {
        return "CREATE AGGREGATE " + shape.name + "(integer) (SFUNC = " + shape.stateFunction + ", STYPE = integer"
                + (shape.variant % 2 == 0 ? ", INITCOND = '0'" : "") + ");";
    }
}
