package dev.converge.model;

/**
 * Identity of a column ({@code attidentity}). The options of the identity's hidden sequence are kept with it
 * so that a changed START or INCREMENT is seen; {@link #NONE} for an ordinary column.
 */
public record Identity(IdentityKind kind, IdentitySequenceOptions options) {

    public static final Identity NONE = new Identity(IdentityKind.NONE, null);

    public Identity {
        java.util.Objects.requireNonNull(kind, "kind");
        if (kind == IdentityKind.NONE) {
            options = null;
        }
    }

    public boolean isPresent() {
        return kind != IdentityKind.NONE;
    }

    public enum IdentityKind { NONE, ALWAYS, BY_DEFAULT }

    /** The sequence options of an identity column, as in {@code pg_sequence}. */
    public record IdentitySequenceOptions(long start, long increment, long minValue, long maxValue, long cache,
                                          boolean cycle) {
    }
}
