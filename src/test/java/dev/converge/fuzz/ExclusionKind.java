package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Exclusion constraints on a table's {@code id} (distinct in every seeded row, so they hold): btree {@code WITH =},
 * gist over {@code int8range(id, id + 1) WITH &&}, some partial, some DEFERRABLE. The second version redefines one
 * under the same name, drops and adds. A later kind ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class ExclusionKind implements KindGenerator {

    record Shape(String table, String name, int variant) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, ExclusionKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("exclusion", 40, schema, gen, ExclusionKind::changed, ExclusionKind::create);
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    /** Another definition under the same name; null drops the constraint. */
    private static Shape changed(Shape shape, Gen gen) {
        return gen.chance(40) ? null : new Shape(shape.table, shape.name, shape.variant + 1 + gen.pick(5));
    }

    private static void add(FuzzSchema schema, Gen gen) {
        // Not on children of table inheritance (they share the parent's seeded ids) nor partitions (a partitioned
        // table's exclusion constraint must include the partition key with =: only the btree shapes would do).
        List<FuzzTable> tables = schema.tables().filter(t -> t.partitionOf == null && t.partitionBy == null
                && t.inherits == null && schema.tables().noneMatch(c -> t.key().equals(c.inherits))).toList();
        if (tables.isEmpty()) {
            return;
        }
        FuzzTable table = gen.one(tables);
        Shape shape = new Shape(table.qualified(), schema.name("excl", gen), gen.pick(6));
        schema.add(new SimplePiece("excl:" + table.key() + "." + shape.name, "exclusion",
                Set.of(table.key(), table.columnKey("id")), create(shape),
                new SimplePiece.Address("CONSTRAINT " + Sql.id(shape.name) + " ON " + shape.table, null, null),
                shape));
    }

    private static String create(Shape shape) {
        String element = shape.variant % 2 == 0 ? "USING btree (id WITH =)" : "USING gist (int8range(id, id + 1) WITH &&)";
        String where = shape.variant % 3 == 1 ? " WHERE (id > 0)" : "";
        String deferrable = shape.variant % 3 == 2 ? " DEFERRABLE INITIALLY DEFERRED" : "";
        return "ALTER TABLE " + shape.table + " ADD CONSTRAINT " + Sql.id(shape.name) + " EXCLUDE " + element + where
                + deferrable + ";";
    }
}
