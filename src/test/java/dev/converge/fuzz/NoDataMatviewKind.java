package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Materialized views created {@code WITH NO DATA} (not populated) over a table, some with an index. The second
 * version redefines one (another filter), switches it to {@code WITH DATA} or back, drops and adds. A later kind
 * ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class NoDataMatviewKind implements KindGenerator {

    record Shape(String name, String table, boolean data, int variant) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, NoDataMatviewKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("no data matview", 40, schema, gen, NoDataMatviewKind::changed, NoDataMatviewKind::create);
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    /** With data where it had none (or the other way round) or another query; null drops the view. */
    private static Shape changed(Shape shape, Gen gen) {
        return switch (gen.pick(3)) {
            case 0 -> null;
            case 1 -> new Shape(shape.name, shape.table, !shape.data, shape.variant);
            default -> new Shape(shape.name, shape.table, shape.data, shape.variant + 1);
        };
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<FuzzTable> tables = schema.ownTables();
        if (tables.isEmpty()) {
            return;
        }
        FuzzTable table = gen.one(tables);
        String name = Sql.qualified(SchemaKind.any(schema, gen), schema.name("unfilled", gen));
        Shape shape = new Shape(name, table.qualified(), false, gen.pick(2));
        String key = "nodata:" + name;
        schema.add(new SimplePiece(key, "no data matview", Set.of(table.key(), table.columnKey("id")), create(shape),
                new SimplePiece.Address("MATERIALIZED VIEW " + name, "TABLE " + name, "SELECT"), shape));
        if (gen.chance(40)) {
            String index = schema.name("unfilled_idx", gen);
            schema.add(new SimplePiece("nodataindex:" + index, "no data matview index", Set.of(key),
                    "CREATE INDEX " + Sql.id(index) + " ON " + name + " (id);"));
        }
    }

    private static String create(Shape shape) {
        return "CREATE MATERIALIZED VIEW " + shape.name + " AS SELECT s.id FROM " + shape.table + " s"
                + (shape.variant % 2 == 0 ? "" : " WHERE s.id > 1") + (shape.data ? " WITH DATA;" : " WITH NO DATA;");
    }
}
