package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.converge.fuzz.ColType.Family;

/** Enum types (labels that need quoting among them); the second version adds labels, or adds and drops enums. */
final class EnumKind implements KindGenerator {

    private static final List<String> LABELS = List.of("new", "open", "it's done", "Big One", "closed", "x y");

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, EnumKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("enum")) {
            ColType type = (ColType) piece.detail();
            if (gen.chance(40) && type.labels().size() < LABELS.size()) {
                List<String> labels = new ArrayList<>(type.labels());
                String label = LABELS.stream().filter(l -> !labels.contains(l)).findFirst().orElseThrow();
                labels.add(gen.pick(labels.size() + 1), label);
                schema.replace(piece, piece.withSql(create(piece.key().substring(2), labels),
                        new ColType(type.sql(), Family.ENUM, piece.key(), labels)));
            } else if (gen.chance(10)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(20)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        String name = Sql.qualified(SchemaKind.any(schema, gen), schema.name("mood", gen));
        List<String> labels = new ArrayList<>(LABELS.subList(0, 3 + gen.pick(2)));
        java.util.Collections.rotate(labels, gen.pick(labels.size()));
        String key = "e:" + name;
        schema.add(new SimplePiece(key, "enum", Set.of(), create(name, labels),
                new SimplePiece.Address("TYPE " + name, "TYPE " + name, "USAGE"),
                new ColType(name, Family.ENUM, key, labels)));
    }

    private static String create(String name, List<String> labels) {
        return "CREATE TYPE " + name + " AS ENUM (" + String.join(", ", labels.stream().map(Sql::literal).toList())
                + ");";
    }
}
