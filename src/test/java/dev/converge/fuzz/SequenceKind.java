package dev.converge.fuzz;

import java.util.Set;

/** Free-standing sequences (used by column defaults); the second version changes their options, adds and drops. */
final class SequenceKind implements KindGenerator {

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, SequenceKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("sequence")) {
            if (gen.chance(30)) {
                String name = piece.key().substring(2);
                schema.replace(piece, piece.withSql(create(name, gen), null));
            } else if (gen.chance(10)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(15)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        String name = Sql.qualified(SchemaKind.any(schema, gen), schema.name("seq", gen));
        schema.add(new SimplePiece("s:" + name, "sequence", Set.of(), create(name, gen),
                new SimplePiece.Address("SEQUENCE " + name, "SEQUENCE " + name, "USAGE"), null));
    }

    private static String create(String name, Gen gen) {
        return "CREATE SEQUENCE " + name + switch (gen.pick(4)) {
            case 0 -> " INCREMENT BY " + gen.between(2, 10);
            case 1 -> " START WITH " + gen.between(10, 1000) + " CACHE " + gen.between(1, 20);
            case 2 -> " AS integer MAXVALUE " + gen.between(100000, 2000000) + " CYCLE";
            default -> "";
        } + ";";
    }

    /** The default expression that draws from a sequence piece. */
    static String nextval(SimplePiece sequence) {
        return "nextval(" + Sql.literal(sequence.key().substring(2)) + "::regclass)";
    }
}
