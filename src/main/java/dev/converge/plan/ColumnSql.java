package dev.converge.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.converge.change.AlterColumn;
import dev.converge.change.ColumnAspect;
import dev.converge.model.Column;
import dev.converge.model.Identity.IdentitySequenceOptions;
import dev.converge.model.Identity;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/**
 * ALTER COLUMN, one statement per action so each carries its own hazards. The order is fixed by what PostgreSQL
 * accepts: the expression and identity go before the default is set (a column cannot have both); NOT NULL is
 * dropped only after the identity (identity columns must be NOT NULL) and set before an identity is added (which
 * requires it); a type change runs between dropping and setting the default, because the old default may not
 * cast to the new type.
 */
final class ColumnSql {

    /** Session settings that carry a serial's sequence value to the identity that replaces it. */
    private static final String LAST_VALUE = "converge.serial_last_value";
    private static final String IS_CALLED = "converge.serial_is_called";

    private final AlterColumn alter;
    private final Column current;
    private final Column desired;
    private final String prefix;
    /** A change of the plan (INHERIT) compares the column's NOT NULL inside the transaction. */
    private final boolean plainNotNull;
    private final List<Statement> statements = new ArrayList<>();

    private ColumnSql(AlterColumn alter, boolean plainNotNull) {
        this.alter = alter;
        this.plainNotNull = plainNotNull;
        this.current = alter.current();
        this.desired = alter.desired();
        this.prefix = "ALTER TABLE " + SqlText.qualified(alter.table()) + " ALTER COLUMN "
                + SqlText.identifier(desired.name()) + " ";
    }

    /**
     * @param compared true when a change of the plan (INHERIT) compares the column's NOT NULL inside the
     *                 transaction: the SET NOT NULL is then the plain one (see {@link #setNotNull})
     */
    static List<Statement> alter(AlterColumn alter, boolean compared) {
        return new ColumnSql(alter, compared).render();
    }

    private List<Statement> render() {
        boolean identityChanges = alter.has(ColumnAspect.IDENTITY);
        boolean notNullChanges = alter.has(ColumnAspect.NOT_NULL);
        boolean retype = alter.changesType();
        if (alter.has(ColumnAspect.GENERATED)) {
            add("drop generation expression", "DROP EXPRESSION", Set.of());
        }
        if (identityChanges && current.identity().isPresent() && !desired.identity().isPresent()) {
            if (alter.has(ColumnAspect.IDENTITY_TO_SERIAL)) {
                statements.add(Statements.of(Action.ALTER, subject(), "alter column " + name()
                        + ": keep the identity's value for the sequence that replaces it",
                        "SELECT pg_catalog.set_config(" + SqlText.literal(LAST_VALUE) + ", COALESCE("
                                + "pg_catalog.pg_sequence_last_value(" + identitySequence() + ")::text, ''), false)"));
            }
            add("drop identity", "DROP IDENTITY", Set.of());
        }
        QualifiedName serialSequence = alter.has(ColumnAspect.SERIAL_TO_IDENTITY) ? current.nextvalSequence() : null;
        if (serialSequence != null) {
            keepSequenceValue(serialSequence);
        }
        boolean defaultDropped = current.defaultExpression() != null
                && (retype || alter.has(ColumnAspect.DEFAULT) && desired.defaultExpression() == null);
        if (defaultDropped) {
            addDefault("drop default", "DROP DEFAULT", alter.defaultRecurses());
        }
        if (notNullChanges && !desired.notNull()) {
            add("drop not null", "DROP NOT NULL", Set.of());
        }
        if (serialSequence != null) {
            statements.add(Statements.of(Action.DROP, Subject.of(Kind.SEQUENCE, serialSequence), "drop sequence "
                    + serialSequence + " (its value was kept for the identity of " + name() + ")",
                    "DROP SEQUENCE " + SqlText.qualified(serialSequence)));
        }
        if (retype) {
            type();
        }
        if (desired.defaultExpression() != null && (alter.has(ColumnAspect.DEFAULT) || defaultDropped)) {
            addDefault("set default " + desired.defaultExpression(), "SET DEFAULT " + desired.defaultExpression(),
                    alter.defaultRecurses());
        }
        if (alter.has(ColumnAspect.IDENTITY_TO_SERIAL) && !identityChanges && desired.nextvalSequence() != null) {
            statements.add(Statements.of(Action.ALTER, subject(), "alter column " + name() + ": "
                    + desired.nextvalSequence() + " continues after the identity's value",
                    "SELECT pg_catalog.setval(" + SqlText.literal(SqlText.qualified(desired.nextvalSequence()))
                            + ", NULLIF(pg_catalog.current_setting(" + SqlText.literal(LAST_VALUE)
                            + "), '')::bigint)"));
        }
        if (notNullChanges && desired.notNull()) {
            setNotNull(retype || identityChanges || plainNotNull);
        }
        if (identityChanges && !current.identity().isPresent() && desired.identity().isPresent()) {
            add("add identity", "ADD " + TableSql.identityClause(desired.identity()), Set.of());
            if (serialSequence != null) {
                statements.add(Statements.of(Action.ALTER, subject(), "alter column " + name()
                        + ": the identity continues after the value of " + serialSequence,
                        "SELECT pg_catalog.setval(" + identitySequence() + ", pg_catalog.current_setting("
                                + SqlText.literal(LAST_VALUE) + ")::bigint, pg_catalog.current_setting("
                                + SqlText.literal(IS_CALLED) + ")::boolean)"));
            }
        }
        if (identityChanges && current.identity().isPresent() && desired.identity().isPresent()) {
            alterIdentity(current.identity(), desired.identity());
        }
        return statements;
    }

    /**
     * A serial column becoming an identity column: its sequence is dropped before the identity is added (so the
     * identity's sequence takes the same name) and its value is kept meanwhile in two settings of the session, which
     * the identity's sequence is then set to. New rows continue after the existing ones.
     */
    private void keepSequenceValue(QualifiedName sequence) {
        statements.add(Statements.of(Action.ALTER, subject(), "alter column " + name()
                        + ": keep the value of " + sequence + " for the identity",
                "SELECT pg_catalog.set_config(" + SqlText.literal(LAST_VALUE) + ", last_value::text, false),"
                        + " pg_catalog.set_config(" + SqlText.literal(IS_CALLED) + ", is_called::text, false) FROM "
                        + SqlText.qualified(sequence)));
    }

    private String identitySequence() {
        return "pg_catalog.pg_get_serial_sequence(" + SqlText.literal(SqlText.qualified(alter.table())) + ", "
                + SqlText.literal(desired.name()) + ")::pg_catalog.regclass";
    }

    private String name() {
        return alter.table() + "." + desired.name();
    }

    private Subject subject() {
        return Subject.member(Kind.COLUMN, alter.table(), desired.name());
    }

    /**
     * PostgreSQL has no cast between two user-defined types (one enum to another, say), but every type converts
     * through its text form: format_type qualifies user types with their schema, built-in ones never.
     */
    static String viaText(String currentType, String desiredType) {
        boolean userTypes = currentType.contains(".") && desiredType.contains(".");
        if (!userTypes || currentType.endsWith("[]") != desiredType.endsWith("[]")) {
            return "";
        }
        return currentType.endsWith("[]") ? "::text[]" : "::text";
    }

    /**
     * TYPE [COLLATE] with USING when the type itself changes; a collation-only change needs no cast, and a
     * generated column takes none (fuzz seed 1143).
     */
    private void type() {
        boolean typeChanges = alter.has(ColumnAspect.TYPE);
        StringBuilder sql = new StringBuilder("TYPE ").append(desired.type());
        if (desired.collation() != null) {
            sql.append(" COLLATE ").append(desired.collation());
        }
        List<String> notes = new ArrayList<>();
        // A collation change rebuilds the indexes on the column under ACCESS EXCLUSIVE.
        Set<Hazard> hazards = alter.has(ColumnAspect.COLLATION) ? EnumSet.of(Hazard.ACCESS_EXCLUSIVE_LOCK)
                : EnumSet.noneOf(Hazard.class);
        if (typeChanges && current.generatedExpression() != null && desired.generatedExpression() != null) {
            // PostgreSQL refuses USING on a generated column: it computes the column again from its expression
            notes.add("type " + current.type() + " -> " + desired.type() + " (computed again)");
            hazards.addAll(TypeChange.hazards(current.type(), desired.type()));
        } else if (typeChanges && alter.using() != null) {
            sql.append(" USING ").append(alter.using());
            notes.add("type " + current.type() + " -> " + desired.type() + " using " + alter.using());
            hazards.addAll(TypeChange.hazards(current.type(), desired.type()));
        } else if (typeChanges) {
            sql.append(" USING ").append(SqlText.identifier(desired.name())).append(viaText(current.type(), desired.type()))
                    .append("::").append(desired.type());
            notes.add("type " + current.type() + " -> " + desired.type());
            hazards.addAll(TypeChange.hazards(current.type(), desired.type()));
        }
        if (alter.has(ColumnAspect.COLLATION)) {
            notes.add("collation " + orDefault(current.collation()) + " -> " + orDefault(desired.collation()));
        }
        add(String.join(", ", notes), sql.toString(), hazards);
    }

    /**
     * SET NOT NULL scans the table under ACCESS EXCLUSIVE, unless a validated CHECK (col IS NOT NULL) already
     * proves it (PostgreSQL 12 and later). So: add that check NOT VALID inside the transaction, and after the
     * commit validate it (a scan that lets reads and writes go on), SET NOT NULL (a short lock, no scan), and drop
     * the check. DROP ... IF EXISTS first makes a re-run after an interruption converge. When the column is
     * rewritten anyway (a type change), becomes an identity column (which needs NOT NULL in the same
     * transaction) or is compared by an INHERIT in the transaction (which refuses a child column without the
     * parent's NOT NULL, and a child without the parent's check), the plain SET NOT NULL is used.
     */
    private void setNotNull(boolean plain) {
        if (plain) {
            add("set not null", "SET NOT NULL", EnumSet.of(Hazard.VALIDATES_ROWS, Hazard.ACCESS_EXCLUSIVE_LOCK));
            return;
        }
        String table = "ALTER TABLE " + SqlText.qualified(alter.table()) + " ";
        String check = SqlText.identifier(notNullCheckName(desired.name()));
        String name = alter.table() + "." + desired.name();
        statements.add(Statements.of(Action.ALTER, subject(), "alter column " + name
                        + ": set not null, step 1 of 4: add CHECK (" + desired.name() + " IS NOT NULL) NOT VALID",
                table + "DROP CONSTRAINT IF EXISTS " + check + ", ADD CONSTRAINT " + check + " CHECK ("
                        + SqlText.identifier(desired.name()) + " IS NOT NULL) NOT VALID"));
        statements.add(ConstraintSql.validate(alter.table(), notNullCheckName(desired.name()),
                "alter column " + name + ": set not null, step 2 of 4: validate the check"));
        statements.add(Statements.outsideTransaction(Action.ALTER, subject(), "alter column " + name
                + ": set not null, step 3 of 4: set not null (the validated check spares the scan)",
                prefix + "SET NOT NULL"));
        statements.add(Statements.outsideTransaction(Action.ALTER, subject(), "alter column " + name
                + ": set not null, step 4 of 4: drop the check", table + "DROP CONSTRAINT IF EXISTS " + check));
    }

    /** {@code converge_not_null_<column>}, cut to PostgreSQL's 63-byte names. */
    static String notNullCheckName(String column) {
        String name = "converge_not_null_" + column;
        while (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    /** SET GENERATED and SET sequence options in one statement, for what differs. */
    private void alterIdentity(Identity have, Identity want) {
        List<String> actions = new ArrayList<>();
        if (have.kind() != want.kind()) {
            actions.add("SET GENERATED " + TableSql.generatedWhen(want));
        }
        IdentitySequenceOptions c = have.options();
        IdentitySequenceOptions d = want.options();
        if (d != null && !d.equals(c)) {
            option(actions, "SET START WITH ", c == null ? null : c.start(), d.start());
            option(actions, "SET INCREMENT BY ", c == null ? null : c.increment(), d.increment());
            option(actions, "SET MINVALUE ", c == null ? null : c.minValue(), d.minValue());
            option(actions, "SET MAXVALUE ", c == null ? null : c.maxValue(), d.maxValue());
            option(actions, "SET CACHE ", c == null ? null : c.cache(), d.cache());
            if (c == null || c.cycle() != d.cycle()) {
                actions.add(d.cycle() ? "SET CYCLE" : "SET NO CYCLE");
            }
        }
        if (!actions.isEmpty()) {
            if (c != null && d != null) {
                String regclass = "pg_catalog.pg_get_serial_sequence(" + SqlText.literal(SqlText.qualified(alter.table()))
                        + ", " + SqlText.literal(desired.name()) + ")::pg_catalog.regclass";
                SequenceSql.clampIntoRange(regclass, subject(),
                        c.minValue(), c.maxValue(), d.minValue(), d.maxValue()).ifPresent(statements::add);
            }
            add("alter identity", String.join(" ", actions), Set.of());
        }
    }

    private static void option(List<String> actions, String keyword, Long current, long desired) {
        if (!Objects.equals(current, desired)) {
            actions.add(keyword + desired);
        }
    }

    /**
     * A default is set or dropped on this table ONLY unless it must recurse ({@link AlterColumn#defaultRecurses}):
     * without ONLY PostgreSQL passes the change on to every partition and inheritance child, whose own default (a
     * partition dumped by pg_dump has none, its parent's was set with ONLY) the differ compares by itself.
     */
    private void addDefault(String note, String action, boolean recurse) {
        if (recurse) {
            add(note, action, Set.of());
            return;
        }
        String name = alter.table() + "." + desired.name();
        statements.add(Statements.of(Action.ALTER, subject(), "alter column " + name + ": " + note,
                prefix.replaceFirst("^ALTER TABLE ", "ALTER TABLE ONLY ") + action, Set.of()));
    }

    private void add(String note, String action, Set<Hazard> hazards) {
        String name = alter.table() + "." + desired.name();
        statements.add(Statements.of(Action.ALTER, subject(), "alter column " + name + ": " + note,
                prefix + action, hazards));
    }

    private static String orDefault(String collation) {
        return collation == null ? "default" : collation;
    }
}
