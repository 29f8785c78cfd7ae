package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Sequences {@code OWNED BY} a column of a table in their schema (PostgreSQL requires the same schema), some also
 * the column's default. The second version moves the ownership to another column, to {@code NONE}, drops and adds;
 * a dropped owning column or table takes its sequence along, as in PostgreSQL. A later kind
 * ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class OwnedSequenceKind implements KindGenerator {

    /** A sequence, the table and column owning it (null column: {@code OWNED BY NONE}). */
    record Shape(String name, String tableKey, String table, String column) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, OwnedSequenceKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("owned sequence")) {
            if (!schema.pieces.contains(piece) || !gen.chance(40)) {
                continue;
            }
            Shape shape = (Shape) piece.detail();
            if (gen.chance(30)) {
                schema.drop(piece.key());
                continue;
            }
            FuzzTable table = schema.table(shape.tableKey);
            String column = gen.chance(30) || table.columns.isEmpty() ? null : gen.one(table.columns).name();
            Shape changed = new Shape(shape.name, shape.tableKey, shape.table, column);
            schema.replace(piece, new SimplePiece(piece.key(), piece.kind(), uses(changed), create(changed),
                    piece.address(), changed));
        }
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<FuzzTable> tables = schema.tables().filter(t -> t.partitionOf == null && !t.columns.isEmpty()).toList();
        if (tables.isEmpty()) {
            return;
        }
        FuzzTable table = gen.one(tables);
        String name = Sql.qualified(table.schema, schema.name("owned_seq", gen));
        Shape shape = new Shape(name, table.key(), table.qualified(), gen.one(table.columns).name());
        schema.add(new SimplePiece("ownedseq:" + name, "owned sequence", uses(shape), create(shape),
                new SimplePiece.Address("SEQUENCE " + name, "SEQUENCE " + name, "USAGE"), shape));
    }

    /** The table always (a drop of it ends the piece's purpose), the owning column when there is one. */
    private static Set<String> uses(Shape shape) {
        return shape.column == null ? Set.of(shape.tableKey) : Set.of(shape.tableKey, shape.tableKey + "/"
                + shape.column);
    }

    private static String create(Shape shape) {
        return "CREATE SEQUENCE " + shape.name + " START WITH 100;\nALTER SEQUENCE " + shape.name + " OWNED BY "
                + (shape.column == null ? "NONE" : shape.table + "." + Sql.id(shape.column)) + ";";
    }
}
