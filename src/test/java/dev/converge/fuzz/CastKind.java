package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Casts ({@code CREATE CAST}) from a generated enum or composite type to {@code text} or {@code integer}, and from
 * {@code text} to an enum: {@code WITH FUNCTION} a function generated for the cast, or {@code WITH INOUT}; explicit,
 * {@code AS ASSIGNMENT}, or {@code AS IMPLICIT} (to integer only, so that no text expression of the other kinds
 * becomes ambiguous); some commented. No domain takes part (PostgreSQL ignores casts from domains). The second
 * version drops casts, adds them, gives one another function or method (a new function; the old one stays), or
 * another context; a dropped type or function takes its casts along.
 *
 * <p>Generated last, on a stream of its own ({@link SchemaPairGenerator#LATER_KINDS}), so that the pairs of earlier
 * seeds stay what they were.
 */
final class CastKind implements KindGenerator {

    /** A cast: its types, how it converts ({@code WITH INOUT} or {@code WITH FUNCTION s.f(t)}) and its context. */
    record Shape(String source, String target, String typeKey, String method, String functionKey, String context) {

        String signature() {
            return "(" + source + " AS " + target + ")";
        }

        String sql() {
            return "CREATE CAST " + signature() + " " + method + context + ";";
        }
    }

    /** A pair of types a cast may join: one generated type and text or integer. */
    private record Candidate(String source, String target, String typeKey, boolean fromEnum) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(3, schema, gen, CastKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("cast")) {
            if (!schema.pieces.contains(piece) || !gen.chance(40)) {
                continue;
            }
            Shape shape = (Shape) piece.detail();
            switch (gen.pick(3)) {
                case 0 -> schema.drop(piece.key());
                case 1 -> {
                    Shape changed = new Shape(shape.source(), shape.target(), shape.typeKey(), shape.method(),
                            shape.functionKey(), otherContext(shape, gen));
                    schema.replace(piece, piece.withSql(changed.sql(), changed));
                }
                default -> {
                    schema.drop(piece.key());
                    Candidate candidate = new Candidate(shape.source(), shape.target(), shape.typeKey(),
                            shape.typeKey().startsWith("e:"));
                    create(schema, gen, candidate);
                }
            }
        }
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<Candidate> free = candidates(schema);
        if (!free.isEmpty()) {
            create(schema, gen, gen.one(free));
        }
    }

    /** The type pairs no cast joins yet. */
    private static List<Candidate> candidates(FuzzSchema schema) {
        Set<String> taken = new LinkedHashSet<>();
        schema.ofKind("cast").forEach(c -> taken.add(((Shape) c.detail()).signature()));
        List<Candidate> all = new ArrayList<>();
        for (SimplePiece type : schema.ofKind("enum")) {
            String name = ((ColType) type.detail()).sql();
            all.add(new Candidate(name, "text", type.key(), true));
            all.add(new Candidate(name, "integer", type.key(), true));
            all.add(new Candidate("text", name, type.key(), true));
        }
        for (SimplePiece type : schema.ofKind("composite")) {
            String name = ((ColType) type.detail()).sql();
            all.add(new Candidate(name, "text", type.key(), false));
            all.add(new Candidate(name, "integer", type.key(), false));
        }
        return all.stream().filter(c -> !taken.contains("(" + c.source() + " AS " + c.target() + ")")).toList();
    }

    /** A cast for {@code candidate}, with a new function where it converts through one, maybe commented. */
    private static void create(FuzzSchema schema, Gen gen, Candidate candidate) {
        boolean toText = candidate.target().equals("text");
        boolean fromText = candidate.source().equals("text");
        String method = "WITH INOUT";
        String functionKey = null;
        Set<String> uses = new LinkedHashSet<>(List.of(candidate.typeKey()));
        if (!fromText && (!toText || gen.chance(60))) {
            String function = Sql.qualified(SchemaKind.any(schema, gen), schema.name("cast_fn", gen));
            String signature = function + "(" + candidate.source() + ")";
            functionKey = "f:" + signature;
            schema.add(new SimplePiece(functionKey, "cast function", Set.of(candidate.typeKey()),
                    "CREATE FUNCTION " + function + "(v " + candidate.source() + ") RETURNS " + candidate.target()
                            + " LANGUAGE sql AS $$ SELECT " + body(candidate, gen) + " $$;",
                    new SimplePiece.Address("FUNCTION " + signature, "FUNCTION " + signature, "EXECUTE"), null));
            method = "WITH FUNCTION " + signature;
            uses.add(functionKey);
        }
        Shape shape = new Shape(candidate.source(), candidate.target(), candidate.typeKey(), method, functionKey,
                context(candidate, gen, null));
        String key = "cast:" + shape.signature();
        schema.add(new SimplePiece(key, "cast", uses, shape.sql(), new SimplePiece.Address("CAST "
                + shape.signature(), null, null), shape));
        if (gen.chance(30)) {
            schema.add(new SimplePiece("comment:" + key, "comment", Set.of(key), "COMMENT ON CAST "
                    + shape.signature() + " IS " + Sql.literal(gen.one(List.of("converts 'it'", "cast → text",
                    "two\nlines"))) + ";"));
        }
    }

    /**
     * The function body: never a cast between the same types (the cast would call itself); {@code format} and field
     * access convert without casts.
     */
    private static String body(Candidate candidate, Gen gen) {
        if (candidate.target().equals("text")) {
            return candidate.fromEnum() ? gen.one(List.of("format('%s', v)", "'mood ' || format('%s', v)"))
                    : gen.one(List.of("format('(%s|%s)', (v).a, (v).b)", "coalesce((v).b, '')"));
        }
        return candidate.fromEnum()
                ? "array_position(enum_range(NULL::" + candidate.source() + "), v)" + gen.one(List.of("", " * 10"))
                : "(v).a" + gen.one(List.of("", " + 1"));
    }

    /** Explicit, AS ASSIGNMENT, or AS IMPLICIT for a cast to integer; other than {@code not} when given. */
    private static String context(Candidate candidate, Gen gen, String not) {
        List<String> contexts = new ArrayList<>(List.of("", " AS ASSIGNMENT"));
        if (candidate.target().equals("integer")) {
            contexts.add(" AS IMPLICIT");
        }
        if (not != null) {
            contexts.remove(not);
        }
        return gen.one(contexts);
    }

    private static String otherContext(Shape shape, Gen gen) {
        return context(new Candidate(shape.source(), shape.target(), shape.typeKey(), false), gen, shape.context());
    }
}
