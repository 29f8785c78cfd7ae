package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rings of foreign keys across schemas: two or three tables of their own, each in the next schema where there is
 * one, each referencing the next (the last the first), so no order of table creation satisfies them and the keys
 * must come after the tables. The tables hold no rows (the rows of other kinds are seeded per table in creation
 * order). The second version changes a link's actions or deferral, drops a link, drops a ring, adds one. A later
 * kind ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class FkRingKind implements KindGenerator {

    /** The ring's tables (qualified), and per link its constraint clause suffix, or null for a dropped link. */
    record Shape(List<String> tables, List<String> links) {
    }

    private static final List<String> LINKS = List.of("", " ON DELETE CASCADE", " ON DELETE SET NULL",
            " ON UPDATE CASCADE DEFERRABLE", " DEFERRABLE INITIALLY DEFERRED", " MATCH FULL ON DELETE RESTRICT");

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        if (gen.chance(60)) {
            add(schema, gen);
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("fk ring")) {
            if (!gen.chance(50)) {
                continue;
            }
            Shape shape = (Shape) piece.detail();
            if (gen.chance(20)) {
                schema.drop(piece.key());
                continue;
            }
            List<String> links = new ArrayList<>(shape.links);
            int link = gen.pick(links.size());
            links.set(link, gen.chance(25) ? null : gen.one(LINKS));
            Shape changed = new Shape(shape.tables, links);
            schema.replace(piece, piece.withSql(create(changed), changed));
        }
        if (gen.chance(20)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<String> tables = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int start = gen.pick(schema.schemas.size());
        for (int i = gen.between(2, 3) - 1; i >= 0; i--) {
            String where = schema.schemas.get((start + tables.size()) % schema.schemas.size());
            tables.add(Sql.qualified(where, schema.name("ring", gen)));
            links.add(gen.one(LINKS));
        }
        Shape shape = new Shape(tables, links);
        schema.add(new SimplePiece("ring:" + tables.get(0), "fk ring", Set.of(), create(shape), null, shape));
    }

    private static String create(Shape shape) {
        StringBuilder sql = new StringBuilder();
        for (String table : shape.tables) {
            sql.append("CREATE TABLE ").append(table).append(" (id integer PRIMARY KEY, next_id integer, note text);\n");
        }
        for (int i = 0; i < shape.tables.size(); i++) {
            if (shape.links.get(i) == null) {
                continue;
            }
            String next = shape.tables.get((i + 1) % shape.tables.size());
            sql.append("ALTER TABLE ").append(shape.tables.get(i)).append(" ADD CONSTRAINT ")
                    .append(Sql.id("ring_next_" + i)).append(" FOREIGN KEY (next_id) REFERENCES ").append(next)
                    .append(" (id)").append(shape.links.get(i)).append(";\n");
        }
        return sql.toString();
    }
}
