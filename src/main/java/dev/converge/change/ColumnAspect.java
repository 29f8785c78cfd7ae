package dev.converge.change;

/** What differs in a column that is altered in place (see {@link AlterColumn}). */
public enum ColumnAspect {
    /** The type ({@code format_type}) differs. */
    TYPE,
    /** The collation differs; rendered as a TYPE change with COLLATE. */
    COLLATION,
    /** The default expression was added, removed or changed. */
    DEFAULT,
    /** NOT NULL was set or dropped. */
    NOT_NULL,
    /** Identity was added, removed, switched ALWAYS/BY DEFAULT, or its sequence options changed. */
    IDENTITY,
    /** A generated column becomes a plain one ({@code DROP EXPRESSION}); other generated changes recreate. */
    GENERATED,
    /**
     * A serial-style column (default {@code nextval} of its own sequence) becomes an identity column: the
     * sequence's value carries over to the identity's, and the old sequence, which the desired state no longer
     * has, is dropped here (before the identity takes its name). Set by the diff with IDENTITY, never alone.
     */
    SERIAL_TO_IDENTITY,
    /**
     * An identity column becomes a serial-style one, in two changes around the creation of its new sequence
     * (which usually takes the identity's sequence name): the first, with IDENTITY, keeps the identity's value and
     * drops it; the second, without, sets the default and continues the new sequence after that value.
     */
    IDENTITY_TO_SERIAL
}
