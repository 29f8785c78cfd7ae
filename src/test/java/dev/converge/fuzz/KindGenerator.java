package dev.converge.fuzz;

/**
 * The fuzzer's seam per object kind: one small class per kind creates pieces of its kind in the first version of a
 * schema and changes them (adds, drops, alters) in the second. A new kind is one more class in
 * {@link SchemaPairGenerator#LATER_KINDS} (on a stream of its own, so that recorded seeds keep their pairs); it may
 * use anything generated before it (kinds run in the order of {@code KINDS}, then of {@code LATER_KINDS}).
 * {@link KindSteps} holds the loops many kinds share (add none to n pieces; change or drop some by their shape).
 */
interface KindGenerator {

    /** Adds pieces of this kind to the first version; each may use only pieces already there. */
    void generate(FuzzSchema schema, Gen gen);

    /**
     * Changes the second version (a copy of the first): adds, drops and alters pieces of this kind. A drop goes
     * through {@link FuzzSchema#drop}, which takes along what uses the piece; nothing is renamed (renames need
     * hints).
     */
    void mutate(FuzzSchema schema, Gen gen);
}
