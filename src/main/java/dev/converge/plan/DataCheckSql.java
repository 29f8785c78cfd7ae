package dev.converge.plan;

import java.util.List;
import java.util.stream.Collectors;

import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.model.SqlTokens;

/**
 * SQL fragments shared by the data checks. Every identifier goes through {@link SqlText}; values are shown with
 * {@code quote_nullable}, so a sample tells {@code NULL} from the string {@code 'NULL'}.
 */
final class DataCheckSql {

    /** How many offending rows or values a check shows. */
    static final int SAMPLE_SIZE = 3;


    private DataCheckSql() {
    }

    static String from(QualifiedName table) {
        return " FROM " + SqlText.qualified(table);
    }

    /**
     * The rows a unique index or constraint of {@code table} covers: its own ({@code ONLY}), since neither is
     * inherited by children of table inheritance; all of a partitioned table's rows, which live in its partitions.
     */
    static String fromIndexed(QualifiedName table, boolean partitioned) {
        return (partitioned ? " FROM " : " FROM ONLY ") + SqlText.qualified(table);
    }

    static String count(QualifiedName table, String condition) {
        return "SELECT pg_catalog.count(*)" + from(table) + where(condition);
    }

    static String where(String condition) {
        return condition == null || condition.isBlank() ? "" : " WHERE " + condition;
    }

    static String limit() {
        return " LIMIT " + SAMPLE_SIZE;
    }

    /** {@code a='1', b=NULL} for the given columns, optionally qualified by a table alias. */
    static String rowLabel(List<String> columns, String alias) {
        String prefix = alias == null ? "" : alias + ".";
        return "pg_catalog.concat_ws(', ', " + columns.stream()
                .map(c -> SqlText.literal(c + "=") + " || pg_catalog.quote_nullable(" + prefix + SqlText.identifier(c)
                        + ")")
                .collect(Collectors.joining(", ")) + ")";
    }

    /** {@code a IS NOT NULL AND b IS NOT NULL}. */
    static String allNotNull(List<String> columns, String alias) {
        String prefix = alias == null ? "" : alias + ".";
        return columns.stream().map(c -> prefix + SqlText.identifier(c) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
    }

    static String columnList(List<String> columns) {
        return columns.stream().map(SqlText::identifier).collect(Collectors.joining(", "));
    }

    /**
     * The expression of a check constraint definition as {@code pg_get_constraintdef} prints it:
     * {@code CHECK ((price > 0))} possibly followed by {@code NO INHERIT} or {@code NOT VALID}; the outer
     * parentheses are kept. Null when the text does not have that shape.
     */
    static String checkExpression(String definition) {
        if (!definition.startsWith("CHECK (")) {
            return null;
        }
        int start = "CHECK ".length();
        int end = SqlTokens.closingParenthesis(definition, start);
        return end < 0 ? null : definition.substring(start, end + 1);
    }
}
