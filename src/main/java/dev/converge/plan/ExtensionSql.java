package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.converge.change.AlterExtension;
import dev.converge.change.CreateExtension;
import dev.converge.change.DropExtension;
import dev.converge.model.Extension;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;

/** Extensions. */
final class ExtensionSql {

    private ExtensionSql() {
    }

    /**
     * VERSION is always given: the desired state was read with the version it names, and the target server's
     * default version may be another one. IF NOT EXISTS keeps a retry after a partial apply harmless.
     */
    static List<Statement> create(CreateExtension c) {
        Extension e = c.extension();
        List<Statement> statements = new ArrayList<>();
        statements.add(Statements.of(Action.CREATE, Subject.extension(e), "create extension " + e.name() + " "
                        + e.version() + " in schema " + e.schema(),
                "CREATE EXTENSION IF NOT EXISTS " + SqlText.identifier(e.name()) + " WITH SCHEMA "
                        + SqlText.identifier(e.schema()) + " VERSION " + SqlText.literal(e.version())));
        if (e.comment() != null) {
            statements.add(comment(e));
        }
        return statements;
    }

    /**
     * Dropping an extension drops every object it owns (functions, types, operators, and tables some extensions
     * keep data in), and cannot be undone by creating it again: DELETES_DATA, so it needs --allow-destructive.
     */
    static Statement drop(DropExtension d) {
        Extension e = d.extension();
        return Statements.of(Action.DROP, Subject.extension(e), "drop extension " + e.name(),
                "DROP EXTENSION " + SqlText.identifier(e.name()), Set.of(Hazard.DELETES_DATA));
    }

    static List<Statement> alter(AlterExtension a) {
        Extension current = a.current();
        Extension desired = a.desired();
        String name = SqlText.identifier(desired.name());
        List<Statement> statements = new ArrayList<>();
        if (!current.schema().equals(desired.schema())) {
            statements.add(Statements.of(Action.ALTER, Subject.extension(desired), "move extension "
                            + desired.name() + " to schema " + desired.schema(),
                    "ALTER EXTENSION " + name + " SET SCHEMA " + SqlText.identifier(desired.schema())));
        }
        if (!current.version().equals(desired.version())) {
            statements.add(Statements.of(Action.ALTER, Subject.extension(desired), "update extension "
                            + desired.name() + " " + current.version() + " -> " + desired.version(),
                    "ALTER EXTENSION " + name + " UPDATE TO " + SqlText.literal(desired.version()),
                    Set.of(Hazard.EXTENSION_VERSION_CHANGE)));
        }
        if (!Objects.equals(current.comment(), desired.comment())) {
            statements.add(comment(desired));
        }
        return statements;
    }

    private static Statement comment(Extension e) {
        return Statements.of(Action.ALTER, Subject.comment(Subject.extension(e)),
                (e.comment() == null ? "remove comment" : "comment")
                        + " on extension " + e.name(),
                "COMMENT ON EXTENSION " + SqlText.identifier(e.name()) + " IS " + SqlText.literalOrNull(e.comment()));
    }
}
