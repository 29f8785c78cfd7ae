package dev.converge.fuzz;

import java.util.Set;

/**
 * A piece that is only its SQL: a function, a view, an index, a comment, a grant. Changing it means replacing it.
 *
 * @param kind what it is, for generators that look for pieces of their own kind ({@code function}, {@code view}...)
 * @param address how COMMENT and GRANT name it, or null when neither applies
 * @param detail whatever its generator needs to change it later (a function's body variant, a view's columns)
 */
record SimplePiece(String key, String kind, Set<String> uses, String sql, Address address, Object detail)
        implements Piece {

    /**
     * How statements about an object name it.
     *
     * @param commentOn what follows {@code COMMENT ON} ({@code FUNCTION s.f(integer)}), or null
     * @param grantOn what follows {@code GRANT ... ON} ({@code TABLE s.v}), or null
     * @param privilege a privilege that applies ({@code SELECT}, {@code EXECUTE}, {@code USAGE})
     */
    record Address(String commentOn, String grantOn, String privilege) {
    }

    SimplePiece {
        uses = Set.copyOf(uses);
    }

    SimplePiece(String key, String kind, Set<String> uses, String sql) {
        this(key, kind, uses, sql, null, null);
    }

    @Override
    public Piece copy() {
        return this;
    }

    SimplePiece withSql(String newSql, Object newDetail) {
        return new SimplePiece(key, kind, uses, newSql, address, newDetail);
    }
}
