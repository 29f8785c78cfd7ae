package dev.converge.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Aggregates whose state type is not their input type: an {@code integer[]} state built by {@code array_append}, or
 * a composite state type of their own with a step function, each with a final function back to {@code integer}, some
 * used by a view. The second version changes the final function's body, the initial state (drop + create, its views
 * follow), adds an attribute to a composite state type (its step function, aggregate and views follow), adds and
 * drops. A later kind ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class AggregateStateKind implements KindGenerator {

    /** An aggregate, its functions, its state type (null: {@code integer[]}) and the variants of its definitions. */
    record Shape(String name, String state, String step, String finish, int variant, boolean wider) {

        String stateType() {
            return state == null ? "integer[]" : state;
        }
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, AggregateStateKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("state aggregate", 50, schema, gen, AggregateStateKind::changed,
                AggregateStateKind::create);
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    /** Another final function body or initial state, or a wider composite state type; null drops the aggregate. */
    private static Shape changed(Shape shape, Gen gen) {
        return switch (gen.pick(4)) {
            case 0 -> null;
            case 1 -> new Shape(shape.name, shape.state, shape.step, shape.finish, shape.variant + 1, shape.wider);
            case 2 -> new Shape(shape.name, shape.state, shape.step, shape.finish, shape.variant + 2, shape.wider);
            default -> new Shape(shape.name, shape.state, shape.step, shape.finish, shape.variant,
                    shape.state != null && !shape.wider);
        };
    }

    private static void add(FuzzSchema schema, Gen gen) {
        String where = SchemaKind.any(schema, gen);
        boolean composite = gen.chance(50);
        Shape shape = new Shape(Sql.qualified(where, schema.name("gather", gen)),
                composite ? Sql.qualified(where, schema.name("gather_state", gen)) : null,
                composite ? Sql.qualified(where, schema.name("gather_step", gen)) : null,
                Sql.qualified(where, schema.name("gather_final", gen)), gen.pick(4), false);
        String key = "stateagg:" + shape.name;
        schema.add(new SimplePiece(key, "state aggregate", Set.of(), create(shape),
                new SimplePiece.Address("AGGREGATE " + shape.name + "(integer)", null, null), shape));
        if (gen.chance(30)) {
            schema.add(new SimplePiece("comment:" + key, "state aggregate comment", Set.of(key), "COMMENT ON AGGREGATE "
                    + shape.name + "(integer) IS " + Sql.literal(gen.one(List.of("gathers", "it's a \"state\""))) + ";"));
        }
        List<FuzzTable> tables = schema.ownTables();
        if (!tables.isEmpty() && gen.chance(50)) {
            FuzzTable table = gen.one(tables);
            String view = Sql.qualified(where, schema.name("gathered", gen));
            Set<String> uses = new LinkedHashSet<>(List.of(key, table.key(), table.columnKey("id")));
            schema.add(new SimplePiece("stateaggview:" + view, "state aggregate view", uses,
                    "CREATE VIEW " + view + " AS SELECT " + shape.name + "(s.id::integer) AS gathered FROM "
                            + table.qualified() + " s;"));
        }
    }

    /** The aggregate's whole definition is one piece: its views are separate pieces that use it. */
    private static String create(Shape shape) {
        StringBuilder sql = new StringBuilder();
        String arg = shape.stateType();
        if (shape.state != null) {
            sql.append("CREATE TYPE ").append(shape.state).append(" AS (n integer, total bigint")
                    .append(shape.wider ? ", last integer" : "").append(");\n");
            sql.append("CREATE FUNCTION ").append(shape.step).append("(st ").append(arg).append(", v integer) RETURNS ")
                    .append(arg).append(" LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(coalesce((st).n, 0) + 1, ")
                    .append("coalesce((st).total, 0) + v").append(shape.wider ? ", v" : "").append(")::")
                    .append(arg).append(" $$;\n");
        }
        String body = shape.state == null
                ? (shape.variant % 2 == 0 ? "coalesce(array_length(st, 1), 0)" : "coalesce(st[1], -1)")
                : (shape.variant % 2 == 0 ? "coalesce((st).n, 0)" : "coalesce((st).total, 0)::integer");
        sql.append("CREATE FUNCTION ").append(shape.finish).append("(st ").append(arg)
                .append(") RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT ").append(body).append(" $$;\n");
        String init = shape.variant / 2 % 2 == 0 ? "" : shape.state == null ? ", INITCOND = '{0}'"
                : ", INITCOND = '(0,0" + (shape.wider ? ",0" : "") + ")'";
        sql.append("CREATE AGGREGATE ").append(shape.name).append("(integer) (SFUNC = ")
                .append(shape.state == null ? "array_append" : shape.step).append(", STYPE = ").append(arg)
                .append(", FINALFUNC = ").append(shape.finish).append(init).append(");");
        return sql.toString();
    }
}
