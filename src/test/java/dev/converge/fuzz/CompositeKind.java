package dev.converge.fuzz;

import java.util.Set;

import dev.converge.fuzz.ColType.Family;

/**
 * Composite types of the shape {@code (a integer, b text)} that seeded rows fill with {@code ROW(i, 'ci')}; the
 * second version adds an attribute to one no table column uses, or adds and drops types.
 */
final class CompositeKind implements KindGenerator {

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, CompositeKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("composite")) {
            boolean used = schema.pieces.stream().anyMatch(p -> p != piece && p.usesKey(piece.key()));
            if (!used && gen.chance(30)) {
                String name = piece.key().substring(2);
                schema.replace(piece, piece.withSql("CREATE TYPE " + name + " AS (a integer, b text, c date);",
                        piece.detail()));
            } else if (gen.chance(10)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(15)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        String name = Sql.qualified(SchemaKind.any(schema, gen), schema.name("pair", gen));
        String key = "c:" + name;
        schema.add(new SimplePiece(key, "composite", Set.of(), "CREATE TYPE " + name + " AS (a integer, b text);",
                new SimplePiece.Address("TYPE " + name, "TYPE " + name, "USAGE"),
                new ColType(name, Family.COMPOSITE, key, java.util.List.of())));
    }
}
