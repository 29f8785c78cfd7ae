package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Event triggers with a function of their own that does nothing (they fire on Converge's own DDL, in the plan's
 * database and in the dev database): on {@code ddl_command_end}, {@code ddl_command_start} or {@code sql_drop},
 * some limited to tags, some disabled or enabled for replicas or always, some commented. The second version
 * changes the event or tags (drop + create), the enabled state, the function's body, drops and adds. A later kind
 * ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class EventTriggerKind implements KindGenerator {

    record Shape(String name, String function, String event, String tags, String enabled, int variant) {
    }

    private static final List<String> EVENTS = List.of("ddl_command_end", "ddl_command_start", "sql_drop");
    private static final List<String> TAGS = List.of("", " WHEN TAG IN ('CREATE TABLE')",
            " WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')", " WHEN TAG IN ('DROP VIEW', 'CREATE INDEX')");
    private static final List<String> ENABLED = List.of("", "DISABLE", "ENABLE REPLICA", "ENABLE ALWAYS");

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, EventTriggerKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("event trigger", 50, schema, gen, EventTriggerKind::changed, EventTriggerKind::create);
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    /** Another event and tags, another enabled state or the function's other body; null drops the trigger. */
    private static Shape changed(Shape shape, Gen gen) {
        return switch (gen.pick(4)) {
            case 0 -> null;
            case 1 -> new Shape(shape.name, shape.function, gen.one(EVENTS), gen.one(TAGS), shape.enabled,
                    shape.variant);
            case 2 -> new Shape(shape.name, shape.function, shape.event, shape.tags, gen.one(ENABLED),
                    shape.variant);
            default -> new Shape(shape.name, shape.function, shape.event, shape.tags, shape.enabled,
                    shape.variant + 1);
        };
    }

    private static void add(FuzzSchema schema, Gen gen) {
        String function = Sql.qualified(SchemaKind.any(schema, gen), schema.name("on_ddl", gen));
        Shape shape = new Shape(schema.name("ddl_watch", gen), function, gen.one(EVENTS), gen.one(TAGS),
                gen.one(ENABLED), gen.pick(2));
        String key = "evt:" + shape.name;
        schema.add(new SimplePiece(key, "event trigger", Set.of(), create(shape),
                new SimplePiece.Address("EVENT TRIGGER " + Sql.id(shape.name), null, null), shape));
        if (gen.chance(30)) {
            schema.add(new SimplePiece("comment:" + key, "event trigger comment", Set.of(key), "COMMENT ON EVENT "
                    + "TRIGGER " + Sql.id(shape.name) + " IS 'watches DDL';"));
        }
    }

    /** The function, the trigger and its enabled state: one piece, so that dropping either drops both. */
    private static String create(Shape shape) {
        String body = shape.variant % 2 == 0 ? "    NULL;" : "    PERFORM 1;";
        String sql = "CREATE FUNCTION " + shape.function + "() RETURNS event_trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                + body + "\nEND\n$$;\nCREATE EVENT TRIGGER " + Sql.id(shape.name) + " ON " + shape.event
                + (shape.event.equals("sql_drop") && shape.tags.contains("CREATE") ? "" : shape.tags)
                + " EXECUTE FUNCTION " + shape.function + "();";
        return shape.enabled.isEmpty() ? sql
                : sql + "\nALTER EVENT TRIGGER " + Sql.id(shape.name) + " " + shape.enabled + ";";
    }
}
