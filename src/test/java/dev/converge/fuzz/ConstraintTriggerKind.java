package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Constraint triggers ({@code CREATE CONSTRAINT TRIGGER ... AFTER ... FOR EACH ROW}), DEFERRABLE or not, INITIALLY
 * DEFERRED or IMMEDIATE, on plain and partitioned tables, with a function that lets every row through. The second
 * version changes the events, the deferral or the function's body, drops and adds. A later kind
 * ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class ConstraintTriggerKind implements KindGenerator {

    record Shape(String table, String function, String trigger, String events, String timing, int variant) {
    }

    private static final List<String> EVENTS = List.of("INSERT", "UPDATE", "INSERT OR UPDATE", "INSERT OR DELETE",
            "DELETE");
    private static final List<String> TIMINGS = List.of("", " DEFERRABLE", " DEFERRABLE INITIALLY DEFERRED",
            " NOT DEFERRABLE", " DEFERRABLE INITIALLY IMMEDIATE");

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, ConstraintTriggerKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("constraint trigger", 40, schema, gen, ConstraintTriggerKind::changed,
                ConstraintTriggerKind::create);
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    /** Other events, another deferral or the function's other body; null drops the trigger. */
    private static Shape changed(Shape shape, Gen gen) {
        return switch (gen.pick(4)) {
            case 0 -> null;
            case 1 -> new Shape(shape.table, shape.function, shape.trigger, gen.one(EVENTS), shape.timing,
                    shape.variant);
            case 2 -> new Shape(shape.table, shape.function, shape.trigger, shape.events, gen.one(TIMINGS),
                    shape.variant);
            default -> new Shape(shape.table, shape.function, shape.trigger, shape.events, shape.timing,
                    shape.variant + 1);
        };
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<FuzzTable> tables = schema.tables().filter(t -> t.partitionOf == null).toList();
        if (tables.isEmpty()) {
            return;
        }
        FuzzTable table = gen.one(tables);
        String function = Sql.qualified(SchemaKind.any(schema, gen), schema.name("check_later", gen));
        Shape shape = new Shape(table.qualified(), function, schema.name("later_trg", gen), gen.one(EVENTS),
                gen.one(TIMINGS), gen.pick(2));
        schema.add(new SimplePiece("constrainttrigger:" + function, "constraint trigger", Set.of(table.key()),
                create(shape), new SimplePiece.Address("TRIGGER " + Sql.id(shape.trigger) + " ON " + shape.table,
                null, null), shape));
    }

    /** The function, then the trigger: one piece, so that dropping either drops both. */
    private static String create(Shape shape) {
        String body = shape.variant % 2 == 0 ? "    RETURN NULL;"
                : "    IF TG_OP = 'DELETE' THEN\n        RETURN OLD;\n    END IF;\n    RETURN NEW;";
        return "CREATE FUNCTION " + shape.function + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" + body
                + "\nEND\n$$;\nCREATE CONSTRAINT TRIGGER " + Sql.id(shape.trigger) + " AFTER " + shape.events + " ON "
                + shape.table + shape.timing + " FOR EACH ROW EXECUTE FUNCTION " + shape.function + "();";
    }
}
