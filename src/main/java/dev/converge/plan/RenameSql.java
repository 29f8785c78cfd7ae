package dev.converge.plan;

import dev.converge.change.Rename;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/** Renders renames: each keeps the object and its data, and takes only a brief ACCESS EXCLUSIVE lock. */
final class RenameSql {

    private RenameSql() {
    }

    static Statement render(Rename r) {
        QualifiedName object = r.object();
        String to = SqlText.identifier(r.to());
        return switch (r.target()) {
            case TABLE -> of(Subject.of(Kind.TABLE, object), "rename table " + object + " to " + r.to(),
                    "ALTER TABLE " + SqlText.qualified(object) + " RENAME TO " + to);
            case COLUMN -> of(renamed(Kind.COLUMN, r), "rename column " + object + "." + r.from() + " to " + r.to(),
                    "ALTER TABLE " + SqlText.qualified(object) + " RENAME COLUMN " + SqlText.identifier(r.from())
                            + " TO " + to);
            case CONSTRAINT -> of(renamed(Kind.CONSTRAINT, r),
                    "rename constraint " + r.from() + " on " + object + " to " + r.to(),
                    "ALTER TABLE " + SqlText.qualified(object) + " RENAME CONSTRAINT "
                            + SqlText.identifier(r.from()) + " TO " + to);
            case INDEX -> of(Subject.of(Kind.INDEX, object), "rename index " + object + " to " + r.to(),
                    "ALTER INDEX " + SqlText.qualified(object) + " RENAME TO " + to);
            case TYPE -> of(Subject.of(Kind.TYPE, object), "rename type " + object + " to " + r.to(),
                    "ALTER TYPE " + SqlText.qualified(object) + " RENAME TO " + to);
            case ENUM_VALUE -> of(Subject.of(Kind.ENUM, object), "rename value '" + r.from() + "' of enum " + object
                    + " to '" + r.to() + "'", "ALTER TYPE " + SqlText.qualified(object) + " RENAME VALUE "
                    + SqlText.literal(r.from()) + " TO " + SqlText.literal(r.to()));
            case USING -> throw new IllegalArgumentException("a conversion hint is no rename: " + object);
        };
    }

    /** A renamed column or constraint: the part by its old name, shown by its table's name alone. */
    private static Subject renamed(Kind kind, Rename r) {
        return new Subject(kind, null, ObjectRef.member(kind.objectKind(), r.object(), r.from()),
                r.object().toString());
    }

    private static Statement of(Subject subject, String summary, String sql) {
        return Statements.of(Action.ALTER, subject, summary, sql);
    }
}
