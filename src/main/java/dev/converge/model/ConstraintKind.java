package dev.converge.model;

/** The table constraint kinds Converge manages ({@code pg_constraint.contype}). */
public enum ConstraintKind {
    PRIMARY_KEY('p'),
    UNIQUE('u'),
    CHECK('c'),
    FOREIGN_KEY('f'),
    EXCLUSION('x');

    private final char code;

    ConstraintKind(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static ConstraintKind fromCode(char code) {
        for (ConstraintKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown constraint type: " + code);
    }
}
