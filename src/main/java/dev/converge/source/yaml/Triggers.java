package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;

/**
 * Triggers of a table ({@code CREATE [CONSTRAINT] TRIGGER}); {@code definition} takes the statement as
 * {@code pg_get_triggerdef} prints it instead. {@code enabled} other than true is set afterwards with
 * {@code ALTER TABLE ... DISABLE/ENABLE REPLICA/ENABLE ALWAYS TRIGGER}.
 */
final class Triggers {

    static final List<String> KEYS = List.of("name", "comment", "timing", "events", "columns", "for_each", "when",
            "function", "arguments", "constraint", "deferrable", "initially_deferred", "enabled", "definition");
    static final List<String> TIMINGS = List.of("before", "after", "instead_of");
    static final List<String> EVENTS = List.of("insert", "update", "delete", "truncate");
    static final List<String> LEVELS = List.of("row", "statement");
    static final List<String> FUNCTION_KEYS = List.of("schema", "name");

    private Triggers() {
    }

    static void render(Rendering r, String table, Node node) {
        YamlMap trigger = YamlMap.of(r.file(), node, "trigger", KEYS);
        String name = SqlText.identifier(trigger.requiredText("name"));
        SqlBuilder sql = r.statement(node);
        if (trigger.has("definition")) {
            sql.verbatim(trigger.requiredScalar("definition"));
        } else {
            create(r, sql, trigger, name, table);
        }
        r.addLate(sql);
        enabled(r, trigger, name, table);
        r.comment(trigger, "TRIGGER " + name + " ON " + table);
    }

    private static void create(Rendering r, SqlBuilder sql, YamlMap trigger, String name, String table) {
        boolean constraint = trigger.bool("constraint", false);
        sql.append(constraint ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ").append(name);
        String timing = trigger.choice("timing", TIMINGS);
        if (timing == null) {
            throw r.file().error(trigger.node(), "trigger needs \"timing\" (before, after or instead_of)");
        }
        sql.append(" " + timing.replace('_', ' ').toUpperCase(Locale.ROOT) + " ");
        List<String> events = new ArrayList<>();
        for (ScalarNode event : trigger.scalars("events")) {
            String e = event.getValue().toLowerCase(Locale.ROOT);
            if (!EVENTS.contains(e)) {
                throw r.file().error(event, "unknown trigger event \"" + event.getValue() + "\"; use insert, update,"
                        + " delete or truncate" + Suggestions.didYouMean(e, EVENTS));
            }
            events.add(e.equals("update") && trigger.has("columns")
                    ? "UPDATE OF " + Rendering.identifiers(trigger.texts("columns")) : e.toUpperCase(Locale.ROOT));
        }
        if (events.isEmpty()) {
            throw r.file().error(trigger.node(), "trigger needs \"events\" (insert, update, delete, truncate)");
        }
        sql.append(String.join(" OR ", events) + " ON " + table);
        boolean initiallyDeferred = trigger.bool("initially_deferred", false);
        if (trigger.bool("deferrable", false) || initiallyDeferred) {
            sql.append(" DEFERRABLE");
        }
        if (initiallyDeferred) {
            sql.append(" INITIALLY DEFERRED");
        }
        String level = trigger.choice("for_each", LEVELS);
        sql.append(" FOR EACH " + (level == null ? "STATEMENT" : level.toUpperCase(Locale.ROOT)));
        ScalarNode when = trigger.scalar("when");
        if (when != null) {
            sql.at(when).append(" WHEN (").verbatim(when).append(")");
        }
        Node function = trigger.value("function");
        if (function == null) {
            throw r.file().error(trigger.node(), "trigger needs \"function\" (the trigger function's name)");
        }
        sql.at(function).append(" EXECUTE FUNCTION " + r.reference(function, "function", "name", FUNCTION_KEYS));
        List<String> arguments = trigger.texts("arguments");
        sql.append("(" + String.join(", ", arguments.stream().map(SqlText::literal).toList()) + ")");
    }

    private static void enabled(Rendering r, YamlMap trigger, String name, String table) {
        ScalarNode enabled = trigger.scalar("enabled");
        if (enabled == null) {
            return;
        }
        String value = enabled.getValue().toLowerCase(Locale.ROOT);
        String action = switch (value) {
            case "true", "yes", "on" -> null;
            case "false", "no", "off" -> "DISABLE";
            case "replica" -> "ENABLE REPLICA";
            case "always" -> "ENABLE ALWAYS";
            default -> throw r.file().error(enabled, "trigger option \"enabled\" must be true, false, replica or"
                    + " always, not \"" + enabled.getValue() + "\"");
        };
        if (action != null) {
            r.addLate(r.statement(enabled).append("ALTER TABLE " + table + " " + action + " TRIGGER " + name));
        }
    }
}
