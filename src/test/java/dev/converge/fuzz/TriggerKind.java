package dev.converge.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Trigger functions and triggers on plain and partitioned tables (row and statement level, with column lists and
 * WHEN conditions); the second version changes a function's body or a trigger's events, adds and drops triggers.
 * Every trigger lets the seeded rows through unchanged.
 */
final class TriggerKind implements KindGenerator {

    record Shape(String function, String trigger, String table, String events, String when, int variant) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, TriggerKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("trigger")) {
            Shape shape = (Shape) piece.detail();
            if (gen.chance(35)) {
                Shape changed = new Shape(shape.function, shape.trigger, shape.table,
                        gen.chance(50) ? shape.events : events(gen, null), shape.when, shape.variant + 1);
                schema.replace(piece, piece.withSql(create(changed), changed));
            } else if (gen.chance(10)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<FuzzTable> tables = schema.ownTables();
        if (tables.isEmpty()) {
            return;
        }
        FuzzTable table = gen.one(tables);
        Set<String> uses = new LinkedHashSet<>(List.of(table.key()));
        List<FuzzColumn> columns = table.ordinaryColumns();
        FuzzColumn picked = columns.isEmpty() ? null : gen.one(columns);
        String column = picked == null ? null : picked.name();
        String when = null;
        if (column != null && gen.chance(30)) {
            String c = "NEW." + Sql.id(column);
            // an AND chain with a BETWEEN in it prints differently once its print is parsed again (issue 13)
            when = KnownGaps.EXPRESSIONS_REPRINTED && picked.type().family().integral()
                    ? c + " BETWEEN 0 AND 100000 AND " + c + " <> 13" : c + " IS NOT NULL";
            uses.add(table.columnKey(column));
        }
        String events = events(gen, column);
        if (events.contains(" OF ")) {
            uses.add(table.columnKey(column));
        }
        String function = Sql.qualified(SchemaKind.any(schema, gen), schema.name("touch", gen));
        Shape shape = new Shape(function, schema.name("trg", gen), table.qualified(), events, when, gen.pick(2));
        schema.add(new SimplePiece("g:" + function, "trigger", uses, create(shape),
                new SimplePiece.Address("TRIGGER " + Sql.id(shape.trigger) + " ON " + table.qualified(), null, null),
                shape));
    }

    private static String events(Gen gen, String column) {
        return switch (gen.pick(4)) {
            case 0 -> "BEFORE INSERT OR UPDATE";
            case 1 -> column == null ? "AFTER INSERT" : "AFTER UPDATE OF " + Sql.id(column);
            case 2 -> "BEFORE INSERT";
            default -> "AFTER INSERT OR DELETE";
        };
    }

    /** The trigger function, then the trigger: one piece, so that dropping either drops both. */
    private static String create(Shape shape) {
        String body = shape.variant % 2 == 0 ? "    RETURN NEW;" : "    IF TG_OP = 'DELETE' THEN\n        RETURN OLD;\n"
                + "    END IF;\n    RETURN NEW;";
        String when = shape.when != null && !shape.events.contains("DELETE") && shape.events.startsWith("BEFORE")
                ? " WHEN (" + shape.when + ")" : "";
        return "CREATE FUNCTION " + shape.function + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" + body
                + "\nEND\n$$;\nCREATE TRIGGER " + Sql.id(shape.trigger) + " " + shape.events + " ON " + shape.table
                + " FOR EACH ROW" + when + " EXECUTE FUNCTION " + shape.function + "();";
    }
}
