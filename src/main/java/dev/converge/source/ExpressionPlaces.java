package dev.converge.source;

import java.util.ArrayList;
import java.util.List;

import dev.converge.model.Column;
import dev.converge.model.Domain;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;
import dev.converge.model.SqlText;
import dev.converge.model.Table;
import dev.converge.model.Trigger;

/**
 * Where PostgreSQL parses each kind of printed expression as in its own place, for a {@link SecondPrint}: on scratch
 * objects of the session's temporary schema named after the print ({@code pg_temp.converge_reparse_N}), so that the
 * database asked is only read. A table expression is parsed on a temporary table with the columns its print may
 * name, as its table has them (names, types, collations); the other columns may have types that do not build there.
 * Each probe prints as the inspector does, with the scratch names taken out, so that the second prints of the current
 * and the desired expression compare as text.
 */
final class ExpressionPlaces {

    private static final String NOT_VALID = " NOT VALID";

    private ExpressionPlaces() {
    }

    /**
     * A CHECK (or an exclusion constraint, whose WHERE prints twice too) of a table of the database asked (the dev
     * database's own), added again under the scratch name; a CHECK NOT VALID, so that no row is read.
     */
    static SecondPrint tableCheckInPlace(String key, Table table, String definition) {
        return new SecondPrint(key, List.of("ALTER TABLE " + SqlText.qualified(table.name()) + " ADD CONSTRAINT "
                + key + " " + unvalidated(definition)),
                "SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE conname = '" + key
                        + "' AND conrelid = pg_catalog.to_regclass(" + SqlText.literal(SqlText.qualified(table.name()))
                        + ")");
    }

    /** A table CHECK or exclusion constraint ({@code pg_get_constraintdef}) on a temporary table (no rows). */
    static SecondPrint tableCheck(String key, Table table, String definition) {
        String scratch = scratchTable(key);
        return new SecondPrint(key, List.of(createTable(key, table, definition, null),
                // an exclusion constraint makes an index of its name, which cannot be its table's
                "ALTER TABLE " + scratch + " ADD CONSTRAINT " + key + "_c " + unvalidated(definition)),
                "SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE conname = '" + key
                        + "_c' AND conrelid = pg_catalog.to_regclass('" + scratch + "')");
    }

    /** An index ({@code pg_get_indexdef}): its expressions and predicate; null when the print is not as expected. */
    static SecondPrint index(String key, Table table, Index index) {
        String scratch = scratchTable(key);
        String head = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + SqlText.identifier(index.name())
                + " ON " + (index.onPartitionedTable() ? "ONLY " : "") + SqlText.qualified(index.table()) + " USING ";
        if (!index.definition().startsWith(head)) {
            return null;
        }
        // an index is a relation too: it cannot have its table's name
        String create = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + key + "_i ON " + scratch + " USING "
                + index.definition().substring(head.length());
        return new SecondPrint(key, List.of(createTable(key, table, index.definition(), null), create),
                "SELECT pg_catalog.replace(pg_catalog.pg_get_indexdef(pg_catalog.to_regclass('pg_temp." + key
                        + "_i')), '" + key + "', '')");
    }

    /** A column default or generation expression ({@code pg_get_expr}), on a scratch copy of the column. */
    static SecondPrint column(String key, Table table, Column column, boolean generated, String expression) {
        String clause = generated ? " GENERATED ALWAYS AS (" + expression + ") STORED"
                : " DEFAULT (" + expression + ")";
        return new SecondPrint(key, List.of(createTable(key, table, expression, new ColumnClause(column, clause))),
                "SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid) FROM pg_catalog.pg_attrdef d "
                        + "JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
                        + "WHERE d.adrelid = pg_catalog.to_regclass('" + scratchTable(key) + "') AND a.attname = "
                        + SqlText.literal(column.name()));
    }

    /** A domain CHECK ({@code pg_get_constraintdef}), on a scratch domain of the same base type, NOT VALID. */
    static SecondPrint domainCheck(String key, Domain domain, String definition) {
        String scratch = scratchTable(key);
        return new SecondPrint(key, List.of(createDomain(scratch, domain, ""),
                "ALTER DOMAIN " + scratch + " ADD CONSTRAINT " + key + " " + withoutNotValid(definition) + NOT_VALID),
                "SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE conname = '" + key
                        + "' AND contypid = pg_catalog.to_regtype('" + scratch + "')");
    }

    /** A domain default, as the inspector reads it. */
    static SecondPrint domainDefault(String key, Domain domain, String expression) {
        String scratch = scratchTable(key);
        return new SecondPrint(key, List.of(createDomain(scratch, domain, " DEFAULT (" + expression + ")")),
                "SELECT COALESCE(pg_catalog.pg_get_expr(typdefaultbin, 0), typdefault) FROM pg_catalog.pg_type "
                        + "WHERE oid = pg_catalog.to_regtype('" + scratch + "')");
    }

    /** A policy's USING ({@code withCheck} false) or WITH CHECK expression ({@code pg_get_expr}). */
    static SecondPrint policy(String key, Table table, boolean withCheck, String expression) {
        String scratch = scratchTable(key);
        return new SecondPrint(key, List.of(createTable(key, table, expression, null),
                "CREATE POLICY " + key + " ON " + scratch + (withCheck ? " WITH CHECK (" : " USING (") + expression
                        + ")"),
                "SELECT pg_catalog.pg_get_expr(" + (withCheck ? "polwithcheck" : "polqual") + ", polrelid) "
                        + "FROM pg_catalog.pg_policy WHERE polname = '" + key
                        + "' AND polrelid = pg_catalog.to_regclass('" + scratch + "')");
    }

    /** A trigger ({@code pg_get_triggerdef}): its WHEN clause; null when the print is not as expected. */
    static SecondPrint trigger(String key, Table table, Trigger trigger) {
        String scratch = scratchTable(key);
        String definition = trigger.definition();
        String head = trigger.constraint() ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ";
        String name = head + SqlText.identifier(trigger.name()) + " ";
        String on = " ON " + SqlText.qualified(trigger.table()) + " ";
        int at = definition.indexOf(on, name.length());
        if (!definition.startsWith(name) || at < 0) {
            return null;
        }
        String create = head + key + " " + definition.substring(name.length(), at) + " ON " + scratch + " "
                + definition.substring(at + on.length());
        return new SecondPrint(key, List.of(createTable(key, table, definition, null), create),
                "SELECT pg_catalog.replace(pg_catalog.pg_get_triggerdef(oid), '" + key + "', '') "
                        + "FROM pg_catalog.pg_trigger WHERE tgname = '" + key
                        + "' AND tgrelid = pg_catalog.to_regclass('" + scratch + "')");
    }

    /**
     * A view's query ({@code pg_get_viewdef}), as a temporary view (a materialized view's query prints the same): it
     * reads the relations of the database asked, which must have them as the view's side has them.
     */
    static SecondPrint view(String key, String definition) {
        String query = definition.strip();
        query = query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
        return new SecondPrint(key, List.of("CREATE TEMPORARY VIEW " + scratchTable(key) + " AS " + query),
                "SELECT pg_catalog.pg_get_viewdef(pg_catalog.to_regclass('" + scratchTable(key) + "'))");
    }

    /**
     * A function or procedure with a SQL-standard body ({@code RETURN expr} or {@code BEGIN ATOMIC}, which PostgreSQL
     * parses at creation and prints from its tree), created again as {@code pg_temp.key} from its
     * {@code pg_get_functiondef}; null when the print is not as expected. A body reading tables needs them in the
     * database asked.
     */
    static SecondPrint routine(String key, Routine routine) {
        String kind = routine.kind() == Routine.Kind.PROCEDURE ? "PROCEDURE " : "FUNCTION ";
        String head = "CREATE OR REPLACE " + kind + SqlText.qualified(routine.name()) + "(";
        if (!routine.definition().startsWith(head)) {
            return null;
        }
        return new SecondPrint(key, List.of("CREATE " + kind + scratchTable(key) + "("
                + routine.definition().substring(head.length())),
                "SELECT pg_catalog.replace(pg_catalog.pg_get_functiondef(oid), '" + key + "', '') "
                        + "FROM pg_catalog.pg_proc WHERE proname = '" + key
                        + "' AND pronamespace = pg_catalog.pg_my_temp_schema()");
    }

    /**
     * A statistics object ({@code pg_get_statisticsobjdef}, whose expressions print without the brackets of other
     * places), created again on a temporary table with the columns of its table; null when the print is not as
     * expected.
     */
    static SecondPrint statistics(String key, QualifiedName name, Table table, String definition) {
        String head = "CREATE STATISTICS " + SqlText.qualified(name);
        String from = " FROM " + SqlText.qualified(table.name());
        if (!definition.startsWith(head) || !definition.endsWith(from)) {
            return null;
        }
        String scratch = scratchTable(key);
        return new SecondPrint(key, List.of(createTable(key, table, definition, null), "CREATE STATISTICS " + scratch
                + definition.substring(head.length(), definition.length() - from.length()) + " FROM " + scratch),
                "SELECT pg_catalog.replace(pg_catalog.pg_get_statisticsobjdef(oid), '" + key + "', '') "
                        + "FROM pg_catalog.pg_statistic_ext WHERE stxname = '" + key
                        + "' AND stxnamespace = pg_catalog.pg_my_temp_schema()");
    }

    /**
     * A partitioned table's key ({@code pg_get_partkeydef}), on a temporary table partitioned the same way. A
     * partition's bound needs none: PostgreSQL keeps it as constants, which print the same every time.
     */
    static SecondPrint partitionKey(String key, Table table) {
        return new SecondPrint(key, List.of(createTable(key, table, table.partitionKey(), null) + " PARTITION BY "
                + table.partitionKey()),
                "SELECT pg_catalog.pg_get_partkeydef(pg_catalog.to_regclass('" + scratchTable(key) + "'))");
    }

    /** A constraint's definition to add again: a CHECK NOT VALID, other kinds (exclusion) as they are. */
    private static String unvalidated(String definition) {
        return definition.startsWith("CHECK ") ? withoutNotValid(definition) + NOT_VALID : definition;
    }

    /**
     * A rule ({@code pg_get_ruledef} without its semicolon, as the inspector prints it), added again under the scratch
     * name to its own table, which the database asked must have as the rule's side has it; null when the print is
     * not as expected.
     */
    static SecondPrint rule(String key, String name, String definition) {
        String head = "CREATE RULE " + SqlText.identifier(name) + " AS";
        if (!definition.startsWith(head)) {
            return null;
        }
        return new SecondPrint(key, List.of("CREATE RULE " + key + " AS" + definition.substring(head.length())),
                "SELECT pg_catalog.replace(pg_catalog.regexp_replace(pg_catalog.pg_get_ruledef(oid), ';\\s*$', ''), "
                        + "'" + key + "', '') FROM pg_catalog.pg_rewrite WHERE rulename = '" + key + "'");
    }

    /** {@code definition} without a trailing NOT VALID, which a second print of a check is asked with. */
    static String withoutNotValid(String definition) {
        return definition.endsWith(NOT_VALID)
                ? definition.substring(0, definition.length() - NOT_VALID.length()) : definition;
    }

    /** {@code again}, the print of a check added NOT VALID, with NOT VALID only where {@code first} has it. */
    static String keepingNotValid(String again, String first) {
        return withoutNotValid(again) + (first.endsWith(NOT_VALID) ? NOT_VALID : "");
    }

    private static String scratchTable(String key) {
        return "pg_temp." + key;
    }

    /** The column an expression belongs to, with its clause (a default, a generation expression). */
    private record ColumnClause(Column column, String clause) {
    }

    /**
     * A temporary table with the columns of {@code table} whose names occur in {@code text} (a superset of those it
     * names, cheap to find), and {@code own}'s column with its clause.
     */
    private static String createTable(String key, Table table, String text, ColumnClause own) {
        List<String> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            boolean isOwn = own != null && own.column().name().equals(column.name());
            if (isOwn || text.contains(column.name())) {
                columns.add(SqlText.identifier(column.name()) + " " + column.type()
                        + (column.collation() == null ? "" : " COLLATE " + column.collation())
                        + (isOwn ? own.clause() : ""));
            }
        }
        return "CREATE TEMPORARY TABLE " + scratchTable(key) + " (" + String.join(", ", columns) + ")";
    }

    private static String createDomain(String scratch, Domain domain, String clause) {
        return "CREATE DOMAIN " + scratch + " AS " + domain.baseType()
                + (domain.collation() == null ? "" : " COLLATE " + domain.collation()) + clause;
    }
}
