package dev.converge.fuzz;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The two loops most kinds share, written once so that a kind says only what is its own: how it adds a piece, how
 * it changes a piece's shape and how a shape becomes SQL. Each draws from {@link Gen} in exactly the order the loops
 * written out in each kind drew (recorded seeds and CI's seed range keep their pairs only if every draw stays put):
 * a new use must not reorder them.
 */
final class KindSteps {

    private KindSteps() {
    }

    /** Adds between none and {@code most} pieces through {@code add} (the count drawn first). */
    static void addUpTo(int most, FuzzSchema schema, Gen gen, BiConsumer<FuzzSchema, Gen> add) {
        for (int i = gen.between(0, most); i > 0; i--) {
            add.accept(schema, gen);
        }
    }

    /**
     * Changes some pieces of {@code kind} (each with probability {@code percent}, drawn in order): {@code change}
     * gives the piece's new shape, or null to drop it (with what uses it); a changed piece keeps its key, uses and
     * address and gets {@code create}'s SQL for its new shape. A piece already dropped with an earlier one is skipped
     * without a draw.
     *
     * @param <S> the shape the kind keeps as each piece's {@link SimplePiece#detail()}
     */
    static <S> void changeSome(String kind, int percent, FuzzSchema schema, Gen gen, BiFunction<S, Gen, S> change,
            Function<S, String> create) {
        for (SimplePiece piece : schema.ofKind(kind)) {
            if (!schema.pieces.contains(piece) || !gen.chance(percent)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            S changed = change.apply((S) piece.detail(), gen);
            if (changed == null) {
                schema.drop(piece.key());
            } else {
                schema.replace(piece, piece.withSql(create.apply(changed), changed));
            }
        }
    }
}
