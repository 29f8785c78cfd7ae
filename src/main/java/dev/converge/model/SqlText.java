package dev.converge.model;

import java.util.Set;
import java.util.regex.Pattern;


/**
 * The one place where identifiers are quoted and literals escaped. Quoting follows PostgreSQL's
 * {@code quote_ident}: a name is left bare only when it is lower case, made of {@code [a-z_][a-z0-9_$]*}, and not
 * a keyword that PostgreSQL reserves in some context (reserved, type/function-name and column-name keywords).
 */
public final class SqlText {

    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** PostgreSQL 16 keywords other than the unreserved ones (kwlist.h), which quote_ident quotes. */
    private static final Set<String> KEYWORDS = Set.of(
            // reserved
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
            "check", "collate", "column", "constraint", "create", "current_catalog", "current_date",
            "current_role", "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group",
            "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit", "localtime",
            "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing", "primary",
            "references", "returning", "select", "session_user", "some", "symmetric", "system_user", "table",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where",
            "window", "with",
            // type or function names
            "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
            "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
            "right", "similar", "tablesample", "verbose",
            // column names
            "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
            "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "json", "json_array",
            "json_arrayagg", "json_object", "json_objectagg", "json_scalar", "json_serialize", "least", "national",
            "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real",
            "row", "setof", "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar",
            "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse",
            "xmlpi", "xmlroot", "xmlserialize", "xmltable");

    private SqlText() {
    }

    /**
     * The name an identifier token of SQL text stands for, as PostgreSQL stores it: a double-quoted token loses
     * its quotes (doubled quotes inside become one), an unquoted one folds to lower case. The inverse of
     * {@link #identifier(String)}.
     */
    public static String parseIdentifier(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        return token.toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code orders} stays bare; {@code Orders}, {@code my table}, {@code user} are double-quoted. */
    public static String identifier(String name) {
        if (SIMPLE.matcher(name).matches() && !KEYWORDS.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    public static String qualified(QualifiedName name) {
        return identifier(name.schema()) + "." + identifier(name.name());
    }

    /** A column reference {@code schema.table.column}, as in {@code OWNED BY}. */
    public static String column(ColumnRef ref) {
        return qualified(ref.table()) + "." + identifier(ref.column());
    }

    /** A string literal; standard_conforming_strings is on by default, so doubling quotes is all it takes. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A literal, or {@code NULL} for null (as in {@code COMMENT ... IS NULL}). */
    public static String literalOrNull(String text) {
        return text == null ? "NULL" : literal(text);
    }
}
