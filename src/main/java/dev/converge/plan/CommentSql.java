package dev.converge.plan;

import java.util.Locale;

import dev.converge.change.CommentTarget;
import dev.converge.change.SetComment;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;

/** COMMENT ON ... IS '...' / IS NULL. */
final class CommentSql {

    private CommentSql() {
    }

    static Statement render(SetComment s) {
        CommentTarget t = s.target();
        String kind = t.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String summary = (s.comment() == null ? "remove comment on " : "comment on ") + kind + " " + t;
        return Statements.of(Action.ALTER, "comment", t.toString(), summary,
                "COMMENT ON " + t.kind().name().replace('_', ' ') + " " + object(t) + " IS " + SqlText.literalOrNull(s.comment()));
    }

    private static String object(CommentTarget t) {
        return switch (t.kind()) {
            case SCHEMA -> SqlText.identifier(t.schema());
            case COLUMN -> SqlText.qualified(t.object()) + "." + SqlText.identifier(t.member());
            case CONSTRAINT -> SqlText.identifier(t.member()) + " ON " + SqlText.qualified(t.object());
            case TABLE, INDEX, SEQUENCE, TYPE -> SqlText.qualified(t.object());
            case VIEW, MATERIALIZED_VIEW -> SqlText.qualified(t.object());
            // identity arguments as PostgreSQL prints them, already quoted
            case FUNCTION, PROCEDURE -> SqlText.qualified(t.object()) + "(" + t.member() + ")";
            case TRIGGER -> SqlText.identifier(t.member()) + " ON " + SqlText.qualified(t.object());
        };
    }
}
