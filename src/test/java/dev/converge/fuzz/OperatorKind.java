package dev.converge.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Operators and operator classes. An operator {@code s.=~=} over two integers (its own commutator, sometimes with
 * selectivity estimators), some used by a view's filter; a btree operator class {@code s.rev_ops} that sorts integers backwards
 * through a comparison function of its own, some used by an index on a table's {@code id}. The second version
 * changes an operator's function body or its estimators (drop + create, views follow), an operator class's comparison
 * function (its indexes follow), adds and drops. A later kind ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class OperatorKind implements KindGenerator {

    /** An operator or operator class: its schema, name, function name, and the variant of its definition. */
    record Shape(String schema, String name, String function, int variant, boolean estimators) {
    }

    private static final List<String> SYMBOLS = List.of("=~=", "<~>", "@@@", "#=#");

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        if (gen.chance(60)) {
            addOperator(schema, gen);
        }
        if (gen.chance(50)) {
            addClass(schema, gen);
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("operator", 50, schema, gen, OperatorKind::changedOperator, OperatorKind::operator);
        KindSteps.changeSome("operator class", 50, schema, gen,
                (Shape shape, Gen g) -> g.chance(30) ? null
                        : new Shape(shape.schema, shape.name, shape.function, shape.variant + 1, false),
                OperatorKind::operatorClass);
        if (gen.chance(20)) {
            addOperator(schema, gen);
        }
        if (gen.chance(20)) {
            addClass(schema, gen);
        }
    }

    /** The function's other body, or the estimators added or taken away; null drops the operator. */
    private static Shape changedOperator(Shape shape, Gen gen) {
        return switch (gen.pick(3)) {
            case 0 -> null;
            case 1 -> new Shape(shape.schema, shape.name, shape.function, shape.variant + 1, shape.estimators);
            default -> new Shape(shape.schema, shape.name, shape.function, shape.variant, !shape.estimators);
        };
    }

    private static void addOperator(FuzzSchema schema, Gen gen) {
        String where = SchemaKind.any(schema, gen);
        String symbol = gen.one(SYMBOLS);
        String key = "op:" + where + "." + symbol;
        if (schema.position(key) >= 0) {
            return;
        }
        Shape shape = new Shape(where, symbol, Sql.qualified(where, schema.name("near", gen)), gen.pick(2),
                gen.chance(40));
        schema.add(new SimplePiece(key, "operator", Set.of(), operator(shape),
                new SimplePiece.Address("OPERATOR " + Sql.id(where) + "." + symbol + " (integer, integer)", null, null),
                shape));
        List<FuzzTable> tables = schema.ownTables();
        if (!tables.isEmpty() && gen.chance(50)) {
            FuzzTable table = gen.one(tables);
            String view = Sql.qualified(where, schema.name("near_rows", gen));
            schema.add(new SimplePiece("opview:" + view, "operator view",
                    new LinkedHashSet<>(List.of(key, table.key(), table.columnKey("id"))),
                    "CREATE VIEW " + view + " AS SELECT s.id FROM " + table.qualified() + " s WHERE s.id::integer "
                            + "OPERATOR(" + Sql.id(where) + "." + symbol + ") 2;"));
        }
    }

    private static void addClass(FuzzSchema schema, Gen gen) {
        String where = SchemaKind.any(schema, gen);
        String name = schema.name("rev_ops", gen);
        String key = "opclass:" + where + "." + name;
        Shape shape = new Shape(where, name, Sql.qualified(where, schema.name("rev_cmp", gen)), gen.pick(2), false);
        schema.add(new SimplePiece(key, "operator class", Set.of(), operatorClass(shape),
                new SimplePiece.Address("OPERATOR CLASS " + Sql.qualified(where, name) + " USING btree", null, null),
                shape));
        List<FuzzTable> tables = schema.tables().filter(t -> t.partitionOf == null && t.partitionBy == null
                && t.column("id").map(c -> c.type().sql().equals("integer")).orElse(false)).toList();
        if (!tables.isEmpty() && gen.chance(60)) {
            FuzzTable table = gen.one(tables);
            String index = schema.name("rev_idx", gen);
            schema.add(new SimplePiece("opclassindex:" + index, "operator class index",
                    Set.of(key, table.key(), table.columnKey("id")), "CREATE INDEX " + Sql.id(index) + " ON "
                    + table.qualified() + " (id " + Sql.qualified(where, name) + ");"));
        }
    }

    /** The operator's function (true when the two integers are within one or two of each other), then itself. */
    private static String operator(Shape shape) {
        String op = Sql.id(shape.schema) + "." + shape.name;
        String distance = shape.variant % 2 == 0 ? "1" : "2";
        String sql = "CREATE FUNCTION " + shape.function + "(a integer, b integer) RETURNS boolean LANGUAGE sql "
                + "IMMUTABLE AS $$ SELECT abs(a - b) <= " + distance + " $$;\n"
                + "CREATE OPERATOR " + op + " (LEFTARG = integer, RIGHTARG = integer, FUNCTION = " + shape.function
                + ", COMMUTATOR = OPERATOR(" + op + ")";
        return sql + (shape.estimators ? ", RESTRICT = eqsel, JOIN = eqjoinsel" : "") + ");";
    }

    /** A btree class sorting integers backwards: the usual operators in reverse roles, its own comparison. */
    private static String operatorClass(Shape shape) {
        String body = shape.variant % 2 == 0 ? "SELECT btint4cmp(b, a)"
                : "SELECT CASE WHEN a > b THEN -1 WHEN a < b THEN 1 ELSE 0 END";
        return "CREATE FUNCTION " + shape.function + "(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE "
                + "AS $$ " + body + " $$;\nCREATE OPERATOR CLASS " + Sql.qualified(shape.schema, shape.name)
                + " FOR TYPE integer USING btree AS OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, "
                + "OPERATOR 5 <, FUNCTION 1 " + shape.function + "(integer, integer);";
    }
}
