package dev.converge.fuzz;

import java.util.Set;

/**
 * One generated object of a fuzzed schema: the key other pieces name it by, the keys it uses (a dropped key takes
 * every piece that uses it along, the way {@code DROP ... CASCADE} would), and the SQL that creates it, in an order
 * that loads: every piece only uses pieces before it.
 */
interface Piece {

    String key();

    Set<String> uses();

    String sql();

    /** A copy that later edits of the copy do not share with this piece (immutable pieces return themselves). */
    Piece copy();

    /** Whether this piece uses {@code key}: the key itself, or a part of it ({@code key/part}). */
    default boolean usesKey(String key) {
        for (String use : uses()) {
            if (use.equals(key) || use.startsWith(key + "/")) {
                return true;
            }
        }
        return false;
    }
}
