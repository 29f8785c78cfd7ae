package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.converge.change.CreateFunction;
import dev.converge.change.CreateTrigger;
import dev.converge.change.DropFunction;
import dev.converge.change.DropTrigger;
import dev.converge.change.ReplaceFunction;
import dev.converge.model.Routine;
import dev.converge.model.SqlText;
import dev.converge.model.Trigger;
import dev.converge.plan.Statement.Action;

/**
 * Functions, procedures and triggers. Creation runs PostgreSQL's own text ({@code pg_get_functiondef},
 * {@code pg_get_triggerdef}) from the dev database; identity argument lists are PostgreSQL's too, already quoted.
 */
final class FunctionSql {

    private static final Set<String> ORDINARY_LANGUAGES = Set.of("sql", "plpgsql");

    private FunctionSql() {
    }

    static Statement create(CreateFunction c) {
        Routine f = c.function();
        return Statements.of(Action.CREATE, Subject.routine(f), "create " + kind(f) + " " + described(f),
                text(f.definition()));
    }

    static Statement replace(ReplaceFunction r) {
        Routine f = r.desired();
        return Statements.of(Action.ALTER, Subject.routine(f), "replace " + kind(f) + " " + described(f),
                text(f.definition()), bodyHazards(f));
    }

    /**
     * Only a SQL-standard body (BEGIN ATOMIC, RETURN) has its references recorded in pg_depend; what any other
     * body uses is invisible to the plan's ordering and to later drops, so replacing code that callers already run
     * is a hazard to acknowledge. A new routine is not: nothing calls it yet, and its body is resolved only when
     * called, so bootstrapping a database of PL/pgSQL functions needs no flag (issue 14).
     */
    private static Set<Hazard> bodyHazards(Routine f) {
        return f.sqlBody() ? Set.of() : Set.of(Hazard.UNMANAGED_DEPENDENCIES);
    }

    static Statement drop(DropFunction d) {
        Routine f = d.function();
        return Statements.of(Action.DROP, Subject.routine(f), "drop " + kind(f) + " " + f.signature(),
                "DROP " + kind(f).toUpperCase(Locale.ROOT) + " " + SqlText.qualified(f.name())
                        + "(" + f.identityArguments() + ")");
    }

    /** The trigger, then its enabled state when it is not the default (as pg_dump does). */
    static List<Statement> createTrigger(CreateTrigger c) {
        Trigger t = c.trigger();
        Subject name = Subject.member(Subject.Kind.TRIGGER, t.table(), t.name());
        List<Statement> statements = new ArrayList<>();
        statements.add(Statements.of(Action.CREATE, name,
                "create " + (t.constraint() ? "constraint trigger " : "trigger ") + t.name() + " on " + t.table(),
                text(t.definition())));
        String enable = switch (t.enabled()) {
            case 'D' -> "DISABLE TRIGGER ";
            case 'R' -> "ENABLE REPLICA TRIGGER ";
            case 'A' -> "ENABLE ALWAYS TRIGGER ";
            default -> null;
        };
        if (enable != null) {
            statements.add(Statements.of(Action.ALTER, name,
                    enable.trim().toLowerCase(Locale.ROOT) + " " + t.name() + " on " + t.table(),
                    "ALTER TABLE " + SqlText.qualified(t.table()) + " " + enable + SqlText.identifier(t.name())));
        }
        return statements;
    }

    static Statement dropTrigger(DropTrigger d) {
        Trigger t = d.trigger();
        return Statements.of(Action.DROP, Subject.member(Subject.Kind.TRIGGER, t.table(), t.name()),
                "drop trigger " + t.name() + " on " + t.table(),
                "DROP TRIGGER " + SqlText.identifier(t.name()) + " ON " + SqlText.qualified(t.table()));
    }

    private static String kind(Routine f) {
        return f.kind() == Routine.Kind.PROCEDURE ? "procedure" : "function";
    }

    /** The signature, with the language when it is not SQL or PL/pgSQL (code the dev database did not check). */
    private static String described(Routine f) {
        return ORDINARY_LANGUAGES.contains(f.language()) ? f.signature()
                : f.signature() + " (language " + f.language() + ")";
    }

    /** pg_get_functiondef ends with a newline; a statement does not. */
    private static String text(String definition) {
        return definition.stripTrailing();
    }
}
