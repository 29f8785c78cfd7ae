package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Comments on schemas, tables, columns and every piece that has a {@code COMMENT ON} name (types, domains,
 * functions, views, indexes, constraints, triggers, policies, sequences); the second version changes, drops and
 * adds them.
 */
final class CommentKind implements KindGenerator {

    private static final List<String> TEXTS = List.of("kept for audits", "it's the \"main\" one", "línea — ü",
            "two\nlines", "");

    /** A commentable object: how COMMENT ON names it, and the key whose drop takes the comment along. */
    private record Target(String commentOn, String key) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        List<Target> targets = targets(schema);
        for (int i = Math.min(targets.size(), gen.between(0, 6)); i > 0; i--) {
            add(schema, gen, gen.one(targets));
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("comment")) {
            if (gen.chance(20)) {
                schema.drop(piece.key());
            } else if (gen.chance(20)) {
                schema.replace(piece, piece.withSql(render((String) piece.detail(), gen), piece.detail()));
            }
        }
        List<Target> targets = targets(schema);
        if (!targets.isEmpty() && gen.chance(40)) {
            add(schema, gen, gen.one(targets));
        }
    }

    private static List<Target> targets(FuzzSchema schema) {
        List<Target> targets = new ArrayList<>();
        schema.schemas.forEach(s -> targets.add(new Target("SCHEMA " + Sql.id(s), null)));
        schema.tables().forEach(t -> {
            targets.add(new Target("TABLE " + t.qualified(), t.key()));
            t.columns.forEach(c -> targets.add(new Target("COLUMN " + t.qualified() + "." + Sql.id(c.name()),
                    t.columnKey(c.name()))));
        });
        for (Piece piece : schema.pieces) {
            if (piece instanceof SimplePiece simple && simple.address() != null
                    && simple.address().commentOn() != null) {
                targets.add(new Target(simple.address().commentOn(), simple.key()));
            }
        }
        return targets;
    }

    private static void add(FuzzSchema schema, Gen gen, Target target) {
        String key = "m:" + target.commentOn;
        if (schema.position(key) >= 0) {
            return;
        }
        schema.add(new SimplePiece(key, "comment", target.key == null ? Set.of() : Set.of(target.key),
                render(target.commentOn, gen), null, target.commentOn));
    }

    private static String render(String commentOn, Gen gen) {
        String text = gen.one(TEXTS);
        return "COMMENT ON " + commentOn + " IS " + (text.isEmpty() ? "NULL" : Sql.literal(text)) + ";";
    }
}
