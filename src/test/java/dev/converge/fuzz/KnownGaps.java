package dev.converge.fuzz;

/**
 * Shapes the generator leaves out while a known defect makes every pair that has them fail, so that a fuzz run
 * finds new defects instead of the same one again. Each defect has a disabled case in {@link FuzzRegressionTest};
 * when its fix is in, enable the case and set the switch here to true.
 */
final class KnownGaps {

    /**
     * Check constraints whose AND chain nests a BETWEEN: PostgreSQL prints them nested, and the print of the print
     * flat; inspect writes the first, so its output never plans clean (docs/architecture.md, "One model").
     * Case {@code seed_7}.
     */
    static final boolean NESTED_AND_CHECKS = false;

    /**
     * An index of a partition created before an equal index of its parent, which attaches it: inspect output
     * creates the parent's index first, which makes its own partition index, so the partition's index name is lost
     * (issue 13 item 9). Case {@code seed_1}.
     */
    static final boolean PARTITION_INDEX_ATTACHED_LATER = false;

    /**
     * Two equal unique constraints on one table, which CREATE TABLE merged into one (fixed in TableDiffer; case
     * {@code seed_3}).
     */
    static final boolean DUPLICATE_UNIQUE_CONSTRAINTS = true;

    private KnownGaps() {
    }
}
