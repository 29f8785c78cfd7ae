package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

import dev.converge.fuzz.ColType.Family;

/**
 * Range types over integer, bigint and numeric (some with a subtype_diff function or a multirange name) that
 * columns use, seeded with {@code '[i,i+5)'}. A range type is managed by definition: a change is a drop and create,
 * which Converge refuses while a column uses the type, so the second version redefines only unused ones; it adds
 * and drops types (the columns using a dropped one go with it).
 */
final class RangeTypeKind implements KindGenerator {

    /** A range type's name and the variant of its definition. */
    record Shape(String name, int variant, ColType type) implements DefinesType {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, RangeTypeKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("range")) {
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
        String name = Sql.qualified(SchemaKind.any(schema, gen), schema.name("span", gen));
        String key = "r:" + name;
        Shape shape = new Shape(name, gen.pick(4), new ColType(name, Family.RANGE, key, List.of()));
        schema.add(new SimplePiece(key, "range", Set.of(), create(shape),
                new SimplePiece.Address("TYPE " + name, "TYPE " + name, "USAGE"), shape));
    }

    private static String create(Shape shape) {
        String body = switch (shape.variant % 4) {
            case 0 -> "subtype = integer";
            case 1 -> "subtype = integer, subtype_diff = int4range_subdiff";
            case 2 -> "subtype = bigint";
            default -> "subtype = numeric, multirange_type_name = "
                    + shape.name.substring(0, shape.name.lastIndexOf('.') + 1)
                    + Sql.id(unquoted(shape.name) + "_multi");
        };
        return "CREATE TYPE " + shape.name + " AS RANGE (" + body + ");";
    }

    private static String unquoted(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1).replace("\"", "");
    }
}
