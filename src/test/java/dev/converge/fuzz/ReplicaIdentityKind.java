package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * {@code REPLICA IDENTITY} of plain tables: FULL, NOTHING, or USING a unique index of its own on {@code id}. The
 * second version changes the identity (back to DEFAULT too: the piece goes), and sets it on other tables. A later
 * kind ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class ReplicaIdentityKind implements KindGenerator {

    /** The table and its identity: {@code FULL}, {@code NOTHING}, or the name of its index. */
    record Shape(String table, String identity, boolean index) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, ReplicaIdentityKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        // Another identity, or none (DEFAULT: the piece goes).
        KindSteps.changeSome("replica identity", 50, schema, gen,
                (Shape shape, Gen g) -> g.chance(30) ? null : shape(schema, g, shape.table),
                ReplicaIdentityKind::create);
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<FuzzTable> tables = schema.tables().filter(t -> t.partitionOf == null && t.partitionBy == null
                && schema.position("replica:" + t.key()) < 0).toList();
        if (tables.isEmpty()) {
            return;
        }
        FuzzTable table = gen.one(tables);
        Shape shape = shape(schema, gen, table.qualified());
        schema.add(new SimplePiece("replica:" + table.key(), "replica identity", Set.of(table.key()), create(shape),
                null, shape));
    }

    private static Shape shape(FuzzSchema schema, Gen gen, String table) {
        return switch (gen.pick(3)) {
            case 0 -> new Shape(table, "FULL", false);
            case 1 -> new Shape(table, "NOTHING", false);
            default -> new Shape(table, schema.name("replica_idx", gen), true);
        };
    }

    private static String create(Shape shape) {
        if (!shape.index) {
            return "ALTER TABLE " + shape.table + " REPLICA IDENTITY " + shape.identity + ";";
        }
        return "CREATE UNIQUE INDEX " + Sql.id(shape.identity) + " ON " + shape.table + " (id);\nALTER TABLE "
                + shape.table + " REPLICA IDENTITY USING INDEX " + Sql.id(shape.identity) + ";";
    }
}
