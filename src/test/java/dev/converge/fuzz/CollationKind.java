package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

import dev.converge.fuzz.ColType.Family;

/**
 * Collations (libc from {@code "C"} and ICU from {@code und}, all deterministic so that LIKE checks still work)
 * that text columns use ({@code text COLLATE s.c}). A collation is managed by definition: a change is a drop and
 * create, which Converge refuses while a column uses it, so the second version redefines only unused ones; it adds
 * and drops collations (the columns using a dropped one go with it).
 */
final class CollationKind implements KindGenerator {

    private static final List<String> DEFINITIONS = List.of("FROM \"C\"", "(provider = icu, locale = 'und')",
            "(locale = 'C')", "(provider = icu, locale = 'und-u-kn-true')");

    /** A collation's name and the variant of its definition. */
    record Shape(String name, int variant, ColType type) implements DefinesType {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, CollationKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("collation")) {
            Shape shape = (Shape) piece.detail();
            boolean used = schema.pieces.stream().anyMatch(p -> p != piece && p.usesKey(piece.key()));
            if (!used && gen.chance(30)) {
                Shape changed = new Shape(shape.name, shape.variant + 1, shape.type);
                schema.replace(piece, piece.withSql(create(changed), changed));
            } else if (gen.chance(10)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(15)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        String name = Sql.qualified(SchemaKind.any(schema, gen), schema.name("coll", gen));
        String key = "coll:" + name;
        Shape shape = new Shape(name, gen.pick(DEFINITIONS.size()),
                new ColType("text COLLATE " + name, Family.TEXT, key, List.of()));
        schema.add(new SimplePiece(key, "collation", Set.of(), create(shape),
                new SimplePiece.Address("COLLATION " + name, null, null), shape));
    }

    private static String create(Shape shape) {
        return "CREATE COLLATION " + shape.name + " " + DEFINITIONS.get(shape.variant % DEFINITIONS.size()) + ";";
    }
}
