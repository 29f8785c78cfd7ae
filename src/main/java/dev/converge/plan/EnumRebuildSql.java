package dev.converge.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.converge.change.RebuildEnum.EnumUse;
import dev.converge.change.RebuildEnum;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/**
 * Rebuilds an enum whose values are removed or reordered: guards that fail while rows hold a removed value, rename
 * the current type away, create the desired one, convert each column through text (its default, which names the
 * old type, is dropped first and set again after), drop the old type. All statements are transactional, so a guard
 * that fails rolls the whole plan back before anything changed.
 */
final class EnumRebuildSql {

    /** Appended to the name the current type is renamed to while columns move to the new one. */
    static final String OLD_SUFFIX = "__converge_old";
    private static final int MAX_NAME = 63;

    private EnumRebuildSql() {
    }

    static List<Statement> render(RebuildEnum r) {
        QualifiedName name = r.desired().name();
        String type = SqlText.qualified(name);
        QualifiedName old = oldName(name);
        List<String> removed = r.removedLabels();
        List<Statement> statements = new ArrayList<>();
        if (!removed.isEmpty()) {
            r.uses().forEach(use -> statements.add(guard(name, use, removed)));
        }
        statements.add(enumStatement(name, "rename enum " + name + " to " + old.name() + " while it is rebuilt",
                "ALTER TYPE " + type + " RENAME TO " + SqlText.identifier(old.name()), Set.of()));
        String labels = r.desired().labels().stream().map(SqlText::literal).collect(Collectors.joining(", "));
        String change = removed.isEmpty() ? "reordered values" : "without " + quoted(removed);
        statements.add(enumStatement(name, "create enum " + name + " (" + change + ")",
                "CREATE TYPE " + type + " AS ENUM (" + labels + ")", Set.of()));
        for (EnumUse use : r.uses()) {
            convert(use, statements);
        }
        statements.add(enumStatement(name, "drop the replaced enum " + old,
                "DROP TYPE " + SqlText.qualified(old), Set.of()));
        if (r.desired().comment() != null) {
            statements.add(Statements.of(Action.ALTER, Subject.comment(Subject.of(Kind.TYPE, name)),
                    "comment on type " + name,
                    "COMMENT ON TYPE " + type + " IS " + SqlText.literal(r.desired().comment())));
        }
        return statements;
    }

    /** The current name with {@link #OLD_SUFFIX}, shortened so that it fits PostgreSQL's 63-byte names. */
    static QualifiedName oldName(QualifiedName name) {
        String base = name.name();
        while (base.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + OLD_SUFFIX.length() > MAX_NAME) {
            base = base.substring(0, base.length() - 1);
        }
        return QualifiedName.of(name.schema(), base + OLD_SUFFIX);
    }

    /** A DO block that raises, naming the table, column and values, when a row still holds a removed value. */
    private static Statement guard(QualifiedName name, EnumUse use, List<String> removed) {
        String column = SqlText.identifier(use.column());
        String values = removed.stream().map(SqlText::literal).collect(Collectors.joining(", "));
        String condition = use.type().endsWith("[]")
                ? column + "::text[] && ARRAY[" + values + "]::text[]"
                : column + "::text IN (" + values + ")";
        String message = "enum " + name + ": table " + use.table() + " column " + use.column()
                + " still uses removed value(s) " + quoted(removed)
                + "; update those rows or keep the values in the desired state";
        String sql = "DO $converge$ BEGIN IF EXISTS (SELECT 1 FROM " + SqlText.qualified(use.table()) + " WHERE "
                + condition + ") THEN RAISE EXCEPTION USING MESSAGE = " + SqlText.literal(message)
                + "; END IF; END $converge$";
        return Statements.of(Action.ALTER, Subject.of(Kind.ENUM, name), "check that no row of " + use.table() + "."
                + use.column() + " uses a removed value of enum " + name, sql);
    }

    private static void convert(EnumUse use, List<Statement> statements) {
        String prefix = "ALTER TABLE " + SqlText.qualified(use.table()) + " ALTER COLUMN "
                + SqlText.identifier(use.column()) + " ";
        Subject name = Subject.member(Kind.COLUMN, use.table(), use.column());
        if (use.currentDefault() != null) {
            statements.add(column(name, "drop default", prefix + "DROP DEFAULT", Set.of()));
        }
        int dimensions = 0;
        String base = use.type();
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
            dimensions++;
        }
        String text = dimensions > 0 ? "text[]" : "text";
        statements.add(column(name, "type " + use.type() + " rebuilt", prefix + "TYPE " + use.type() + " USING "
                        + SqlText.identifier(use.column()) + "::" + text + "::" + use.type(),
                EnumSet.of(Hazard.TABLE_REWRITE, Hazard.ACCESS_EXCLUSIVE_LOCK)));
        if (use.desiredDefault() != null) {
            statements.add(column(name, "set default " + use.desiredDefault(),
                    prefix + "SET DEFAULT " + use.desiredDefault(), Set.of()));
        }
    }

    private static Statement enumStatement(QualifiedName name, String summary, String sql, Set<Hazard> hazards) {
        return Statements.of(Action.ALTER, Subject.of(Kind.ENUM, name), summary, sql, hazards);
    }

    private static Statement column(Subject column, String note, String sql, Set<Hazard> hazards) {
        return Statements.of(Action.ALTER, column, "alter column " + column.name() + ": " + note, sql, hazards);
    }

    private static String quoted(List<String> labels) {
        return labels.stream().map(SqlText::literal).collect(Collectors.joining(", "));
    }
}
