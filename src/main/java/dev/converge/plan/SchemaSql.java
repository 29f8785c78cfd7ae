package dev.converge.plan;

import java.util.Set;

import dev.converge.change.AddEnumValue;
import dev.converge.change.CreateEnum;
import dev.converge.change.CreateSchema;
import dev.converge.change.DropEnum;
import dev.converge.change.DropSchema;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/** Schemas and enum types. */
final class SchemaSql {

    private SchemaSql() {
    }

    static Statement createSchema(CreateSchema c) {
        String name = c.schema().name();
        return Statements.of(Action.CREATE, Subject.schema(name), "create schema " + name,
                "CREATE SCHEMA " + SqlText.identifier(name));
    }

    /** Plain DROP SCHEMA (RESTRICT): its objects are dropped by their own, earlier statements. */
    static Statement dropSchema(DropSchema d) {
        String name = d.schema().name();
        return Statements.of(Action.DROP, Subject.schema(name), "drop schema " + name,
                "DROP SCHEMA " + SqlText.identifier(name), Set.of(Hazard.DELETES_DATA));
    }

    static Statement createEnum(CreateEnum c) {
        String labels = String.join(", ", c.enumType().labels().stream().map(SqlText::literal).toList());
        return Statements.of(Action.CREATE, Subject.of(Kind.ENUM, c.enumType().name()),
                "create enum " + c.enumType().name(),
                "CREATE TYPE " + SqlText.qualified(c.enumType().name()) + " AS ENUM (" + labels + ")");
    }

    static Statement dropEnum(DropEnum d) {
        return Statements.of(Action.DROP, Subject.of(Kind.ENUM, d.enumType().name()),
                "drop enum " + d.enumType().name(),
                "DROP TYPE " + SqlText.qualified(d.enumType().name()));
    }

    /**
     * PostgreSQL refuses to use an enum value in the transaction that added it ("unsafe use of new value"), so
     * this runs outside the plan's transaction; IF NOT EXISTS makes a retry after a partial apply harmless.
     */
    static Statement addEnumValue(AddEnumValue a) {
        StringBuilder sql = new StringBuilder("ALTER TYPE ").append(SqlText.qualified(a.enumName()))
                .append(" ADD VALUE IF NOT EXISTS ").append(SqlText.literal(a.label()));
        StringBuilder summary = new StringBuilder("add value ").append(SqlText.literal(a.label()))
                .append(" to enum ").append(a.enumName());
        if (a.before() != null) {
            sql.append(" BEFORE ").append(SqlText.literal(a.before()));
            summary.append(" before ").append(SqlText.literal(a.before()));
        } else if (a.after() != null) {
            sql.append(" AFTER ").append(SqlText.literal(a.after()));
            summary.append(" after ").append(SqlText.literal(a.after()));
        }
        return Statements.outsideTransaction(Action.ALTER, Subject.of(Kind.ENUM, a.enumName()), summary.toString(),
                sql.toString());
    }
}
