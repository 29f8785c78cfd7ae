package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * The functions other pieces use: a predicate on integers (checks, partial indexes, policies), a text function
 * (expression indexes), a value function (defaults). Bodies come in variants, in SQL, SQL-standard and PL/pgSQL;
 * the second version changes bodies (never signatures of used functions), adds and drops unused ones.
 */
final class FunctionKind implements KindGenerator {

    /** A function's role among its users, which decides its signature, and its body's variant. */
    enum Role { PREDICATE, TEXT, VALUE }

    record Shape(String name, Role role, int variant) {

        String signature() {
            return name + switch (role) {
                case PREDICATE -> "(integer)";
                case TEXT -> "(text)";
                case VALUE -> "()";
            };
        }
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        for (Role role : Role.values()) {
            if (gen.chance(70)) {
                add(schema, gen, role);
            }
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("function")) {
            Shape shape = (Shape) piece.detail();
            if (gen.chance(35)) {
                Shape changed = new Shape(shape.name, shape.role, shape.variant + 1);
                schema.replace(piece, piece.withSql(create(changed), changed));
            } else if (gen.chance(8)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(20)) {
            add(schema, gen, gen.one(List.of(Role.values())));
        }
    }

    private static void add(FuzzSchema schema, Gen gen, Role role) {
        String prefix = switch (role) {
            case PREDICATE -> "is_ok";
            case TEXT -> "norm";
            case VALUE -> "pick";
        };
        Shape shape = new Shape(Sql.qualified(SchemaKind.any(schema, gen), schema.name(prefix, gen)), role,
                gen.pick(3));
        schema.add(new SimplePiece("f:" + shape.signature(), "function", Set.of(), create(shape),
                new SimplePiece.Address("FUNCTION " + shape.signature(), "FUNCTION " + shape.signature(), "EXECUTE"),
                shape));
    }

    /** Functions of {@code role} created before position {@code before}, for a piece there to use. */
    static List<SimplePiece> usable(FuzzSchema schema, Role role, int before) {
        return schema.ofKind("function").stream()
                .filter(p -> ((Shape) p.detail()).role == role && schema.position(p.key()) < before).toList();
    }

    static String call(SimplePiece function, String argument) {
        return ((Shape) function.detail()).name + "(" + argument + ")";
    }

    private static String create(Shape shape) {
        int v = shape.variant;
        return switch (shape.role) {
            case PREDICATE -> switch (v % 3) {
                case 0 -> "CREATE FUNCTION " + shape.name + "(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE "
                        + "AS $$ SELECT v > -" + v + " $$;";
                case 1 -> "CREATE FUNCTION " + shape.name + "(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE "
                        + "RETURN v > -" + v + ";";
                default -> "CREATE FUNCTION " + shape.name + "(v integer) RETURNS boolean LANGUAGE plpgsql "
                        + "IMMUTABLE AS $$\nBEGIN\n    RETURN v > -" + v + ";\nEND\n$$;";
            };
            case TEXT -> "CREATE FUNCTION " + shape.name + "(t text) RETURNS text LANGUAGE sql IMMUTABLE "
                    + "PARALLEL SAFE AS $$ SELECT " + (v % 2 == 0 ? "lower(t)" : "upper(t) || '" + v + "'") + " $$;";
            case VALUE -> "CREATE FUNCTION " + shape.name + "() RETURNS integer LANGUAGE "
                    + (v % 2 == 0 ? "sql AS $$ SELECT " + (40 + v) + " $$;"
                    : "plpgsql STABLE AS $$\nBEGIN\n    RETURN " + (40 + v) + ";\nEND\n$$;");
        };
    }
}
