package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.converge.fuzz.ColType.Family;

/** The column types a table may use: built-in ones and the enums, domains and composite types generated so far. */
final class Types {

    static final List<ColType> BUILTIN = List.of(
            ColType.builtin("smallint", Family.SMALLINT), ColType.builtin("integer", Family.INT),
            ColType.builtin("integer", Family.INT), ColType.builtin("bigint", Family.BIGINT),
            ColType.builtin("numeric(10,2)", Family.NUMERIC), ColType.builtin("text", Family.TEXT),
            ColType.builtin("text", Family.TEXT), ColType.builtin("character varying(40)", Family.VARCHAR),
            ColType.builtin("boolean", Family.BOOL), ColType.builtin("date", Family.DATE),
            ColType.builtin("timestamp without time zone", Family.TIMESTAMP), ColType.builtin("jsonb", Family.JSONB));

    private Types() {
    }

    /** Types defined by pieces before position {@code before} (so a table there may use them), and the built-ins. */
    static List<ColType> available(FuzzSchema schema, int before) {
        List<ColType> types = new ArrayList<>(BUILTIN);
        for (int i = 0; i < before && i < schema.pieces.size(); i++) {
            if (schema.pieces.get(i) instanceof SimplePiece piece && piece.detail() instanceof DefinesType defined) {
                types.add(defined.type());
            }
        }
        return types;
    }

    /** A type the column's values convert to implicitly (ALTER COLUMN TYPE without USING), if there is one. */
    static Optional<ColType> castableFrom(ColType type, Gen gen) {
        List<ColType> targets = switch (type.family()) {
            case SMALLINT -> List.of(ColType.builtin("integer", Family.INT), ColType.builtin("bigint", Family.BIGINT));
            case INT -> List.of(ColType.builtin("bigint", Family.BIGINT),
                    ColType.builtin("numeric(12,2)", Family.NUMERIC), ColType.builtin("text", Family.TEXT));
            case BIGINT -> List.of(ColType.builtin("numeric(20,2)", Family.NUMERIC));
            case NUMERIC -> List.of(ColType.builtin("numeric(14,2)", Family.NUMERIC),
                    ColType.builtin("numeric", Family.NUMERIC));
            case VARCHAR -> List.of(ColType.builtin("character varying(80)", Family.VARCHAR),
                    ColType.builtin("text", Family.TEXT));
            case TEXT -> List.of(ColType.builtin("character varying(200)", Family.VARCHAR));
            case DATE -> List.of(ColType.builtin("timestamp without time zone", Family.TIMESTAMP));
            case TIMESTAMP -> List.of(ColType.builtin("timestamp with time zone", Family.TIMESTAMP));
            default -> List.of();
        };
        List<ColType> different = targets.stream().filter(t -> !t.sql().equals(type.sql())).toList();
        return different.isEmpty() ? Optional.empty() : Optional.of(gen.one(different));
    }
}
