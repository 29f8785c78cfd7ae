package dev.converge.plan;

import java.util.Locale;

import dev.converge.change.CommentTarget;
import dev.converge.change.SetComment;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/** COMMENT ON ... IS '...' / IS NULL. */
final class CommentSql {

    private CommentSql() {
    }

    static Statement render(SetComment s) {
        CommentTarget t = s.target();
        String kind = t.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String summary = (s.comment() == null ? "remove comment on " : "comment on ") + kind + " " + t;
        return Statements.of(Action.ALTER, Subject.comment(commented(t)), summary,
                "COMMENT ON " + t.kind().name().replace('_', ' ') + " " + object(t) + " IS " + SqlText.literalOrNull(s.comment()));
    }

    /** The commented object, named as {@link CommentTarget#toString()} names it. */
    private static Subject commented(CommentTarget t) {
        QualifiedName name = t.name() == null ? null : QualifiedName.of(t.schema(), t.name());
        return switch (t.kind()) {
            case SCHEMA -> Subject.schema(t.schema());
            case TABLE -> Subject.of(Kind.TABLE, name);
            case COLUMN -> Subject.member(Kind.COLUMN, name, t.member());
            case CONSTRAINT -> Subject.member(Kind.CONSTRAINT, name, t.member());
            case INDEX -> Subject.of(Kind.INDEX, name);
            case SEQUENCE -> Subject.of(Kind.SEQUENCE, name);
            case TYPE -> Subject.of(Kind.TYPE, name);
            case VIEW -> Subject.of(Kind.VIEW, name);
            case MATERIALIZED_VIEW -> Subject.of(Kind.MATERIALIZED_VIEW, name);
            case FUNCTION -> Subject.routine(Kind.FUNCTION, name, t.member());
            case PROCEDURE -> Subject.routine(Kind.PROCEDURE, name, t.member());
            case TRIGGER -> Subject.member(Kind.TRIGGER, name, t.member());
        };
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
