package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * INSTEAD OF triggers on (plain) views, with a trigger function of their own that does nothing and returns the row.
 * The second version changes the events or the function's body, drops and adds; a view the others drop or
 * redefine takes its triggers along or keeps them (Converge re-creates them around a re-created view). A later kind
 * ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class InsteadOfTriggerKind implements KindGenerator {

    record Shape(String view, String function, String trigger, String events, int variant) {
    }

    private static final List<String> EVENTS = List.of("INSERT", "UPDATE", "DELETE", "INSERT OR UPDATE",
            "INSERT OR UPDATE OR DELETE");

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, InsteadOfTriggerKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("instead of trigger", 40, schema, gen, InsteadOfTriggerKind::changed,
                InsteadOfTriggerKind::create);
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    /** Other events or the function's other body; null drops the trigger. */
    private static Shape changed(Shape shape, Gen gen) {
        return switch (gen.pick(3)) {
            case 0 -> null;
            case 1 -> new Shape(shape.view, shape.function, shape.trigger, gen.one(EVENTS), shape.variant);
            default -> new Shape(shape.view, shape.function, shape.trigger, shape.events, shape.variant + 1);
        };
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<SimplePiece> views = schema.ofKind("view").stream()
                .filter(v -> !((ViewKind.Shape) v.detail()).materialized()).toList();
        if (views.isEmpty()) {
            return;
        }
        SimplePiece view = gen.one(views);
        String name = ((ViewKind.Shape) view.detail()).name();
        String function = Sql.qualified(SchemaKind.any(schema, gen), schema.name("instead", gen));
        Shape shape = new Shape(name, function, schema.name("instead_trg", gen), gen.one(EVENTS), gen.pick(2));
        schema.add(new SimplePiece("insteadof:" + function, "instead of trigger", Set.of(view.key()), create(shape),
                new SimplePiece.Address("TRIGGER " + Sql.id(shape.trigger) + " ON " + name, null, null), shape));
    }

    /** The function, then the trigger: one piece, so that dropping either drops both. */
    private static String create(Shape shape) {
        String body = shape.variant % 2 == 0 ? "    RETURN NEW;"
                : "    IF TG_OP = 'DELETE' THEN\n        RETURN OLD;\n    END IF;\n    RETURN NEW;";
        return "CREATE FUNCTION " + shape.function + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" + body
                + "\nEND\n$$;\nCREATE TRIGGER " + Sql.id(shape.trigger) + " INSTEAD OF " + shape.events + " ON "
                + shape.view + " FOR EACH ROW EXECUTE FUNCTION " + shape.function + "();";
    }
}
