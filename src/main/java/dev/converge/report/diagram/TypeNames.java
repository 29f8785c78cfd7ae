package dev.converge.report.diagram;

import java.util.Map;

/**
 * Short spellings of PostgreSQL's {@code format_type} names for pictures, where width is scarce: the aliases
 * PostgreSQL itself accepts ({@code varchar}, {@code timestamptz}, {@code float8}...).
 */
final class TypeNames {

    private static final Map<String, String> SHORT = Map.of(
            "character varying", "varchar",
            "timestamp with time zone", "timestamptz",
            "timestamp without time zone", "timestamp",
            "time with time zone", "timetz",
            "time without time zone", "time",
            "double precision", "float8",
            "bit varying", "varbit",
            "character", "char");

    private TypeNames() {
    }

    static String shortName(String type) {
        for (Map.Entry<String, String> entry : SHORT.entrySet()) {
            String name = entry.getKey();
            if (type.startsWith(name)) {
                String rest = type.substring(name.length());
                if (rest.isEmpty() || rest.startsWith("(") || rest.startsWith("[")) {
                    return entry.getValue() + rest;
                }
            }
            // "timestamp(3) without time zone": the precision sits before the suffix
            int open = type.indexOf('(');
            if (open > 0 && type.indexOf(')') > open) {
                String base = type.substring(0, open) + type.substring(type.indexOf(')') + 1);
                if (base.equals(name)) {
                    return entry.getValue() + type.substring(open, type.indexOf(')') + 1);
                }
            }
        }
        return type;
    }
}
