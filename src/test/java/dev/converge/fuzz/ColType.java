package dev.converge.fuzz;

import java.util.List;

/**
 * A column type of a fuzzed table: its SQL, the family that decides which values, checks and conversions fit it,
 * and the key of the piece that defines it (an enum, a domain, a composite type), or null for a built-in type.
 *
 * @param labels an enum's labels (for its values), else empty
 */
record ColType(String sql, Family family, String definedBy, List<String> labels) implements DefinesType {

    @Override
    public ColType type() {
        return this;
    }

    ColType {
        labels = List.copyOf(labels);
    }

    static ColType builtin(String sql, Family family) {
        return new ColType(sql, family, null, List.of());
    }

    /** The families: what a seeded row holds, and whether the type can carry a unique key and a comparison check. */
    enum Family {
        SMALLINT, INT, BIGINT, NUMERIC, TEXT, VARCHAR, BOOL, DATE, TIMESTAMP, JSONB, ENUM, DOMAIN_INT, DOMAIN_TEXT,
        COMPOSITE, DOMAIN_COMPOSITE, RANGE;

        boolean integral() {
            return this == SMALLINT || this == INT || this == BIGINT || this == DOMAIN_INT;
        }

        boolean textual() {
            return this == TEXT || this == VARCHAR || this == DOMAIN_TEXT;
        }

        /** Distinct in every seeded row and ordered by btree: fit for unique keys and plain indexes. */
        boolean keyable() {
            return integral() || textual() || this == NUMERIC || this == DATE || this == TIMESTAMP;
        }
    }

    /** The value of seeded row {@code i} (1, 2, 3...): distinct per row where the family allows, valid for checks. */
    String value(int i) {
        return switch (family) {
            case SMALLINT, INT, DOMAIN_INT -> Integer.toString(i);
            case BIGINT -> Long.toString(i * 1000L);
            case NUMERIC -> i + ".5";
            case TEXT, DOMAIN_TEXT -> "'r" + i + "'";
            case VARCHAR -> "'v" + i + "'";
            case BOOL -> i % 2 == 0 ? "true" : "false";
            case DATE -> "'2020-01-0" + i + "'";
            case TIMESTAMP -> "'2020-01-0" + i + " 10:00'";
            case JSONB -> "'{\"k\": " + i + "}'";
            case ENUM -> Sql.literal(labels.get(i % labels.size()));
            case COMPOSITE, DOMAIN_COMPOSITE -> "ROW(" + i + ", 'c" + i + "')";
            case RANGE -> "'[" + i + "," + (i + 5) + ")'";
        } + "::" + sql;
    }

    /** A literal default of this type, or null where the family has none worth writing. */
    String literalDefault(int variant) {
        return switch (family) {
            case SMALLINT, INT, BIGINT, DOMAIN_INT -> Integer.toString(variant + 1);
            case NUMERIC -> (variant + 1) + ".25";
            case TEXT, VARCHAR, DOMAIN_TEXT -> "'d" + variant + "'";
            case BOOL -> variant % 2 == 0 ? "true" : "false";
            case DATE -> variant % 2 == 0 ? "CURRENT_DATE" : "'2021-02-03'";
            case TIMESTAMP -> variant % 2 == 0 ? "now()" : "'2021-02-03 04:05'";
            case JSONB -> "'{}'";
            case ENUM -> Sql.literal(labels.get(variant % labels.size()));
            case COMPOSITE, DOMAIN_COMPOSITE -> null;
            case RANGE -> "'[0," + (variant + 1) + ")'";
        };
    }
}
