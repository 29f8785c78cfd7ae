package dev.converge.plan;

import dev.converge.change.Rename;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;

/** Renders renames: each keeps the object and its data, and takes only a brief ACCESS EXCLUSIVE lock. */
final class RenameSql {

    private RenameSql() {
    }

    static Statement render(Rename r) {
        QualifiedName object = r.object();
        String to = SqlText.identifier(r.to());
        return switch (r.target()) {
            case TABLE -> of("table", object, "rename table " + object + " to " + r.to(),
                    "ALTER TABLE " + SqlText.qualified(object) + " RENAME TO " + to);
            case COLUMN -> of("column", object, "rename column " + object + "." + r.from() + " to " + r.to(),
                    "ALTER TABLE " + SqlText.qualified(object) + " RENAME COLUMN " + SqlText.identifier(r.from())
                            + " TO " + to);
            case CONSTRAINT -> of("constraint", object,
                    "rename constraint " + r.from() + " on " + object + " to " + r.to(),
                    "ALTER TABLE " + SqlText.qualified(object) + " RENAME CONSTRAINT "
                            + SqlText.identifier(r.from()) + " TO " + to);
            case INDEX -> of("index", object, "rename index " + object + " to " + r.to(),
                    "ALTER INDEX " + SqlText.qualified(object) + " RENAME TO " + to);
            case TYPE -> of("type", object, "rename type " + object + " to " + r.to(),
                    "ALTER TYPE " + SqlText.qualified(object) + " RENAME TO " + to);
            case ENUM_VALUE -> of("enum", object, "rename value '" + r.from() + "' of enum " + object + " to '"
                    + r.to() + "'", "ALTER TYPE " + SqlText.qualified(object) + " RENAME VALUE "
                    + SqlText.literal(r.from()) + " TO " + SqlText.literal(r.to()));
            case USING -> throw new IllegalArgumentException("a conversion hint is no rename: " + object);
        };
    }

    private static Statement of(String kind, QualifiedName object, String summary, String sql) {
        return Statements.of(Action.ALTER, kind, object.toString(), summary, sql);
    }
}
