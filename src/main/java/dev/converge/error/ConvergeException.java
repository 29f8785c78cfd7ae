package dev.converge.error;

/**
 * The root of Converge's errors. Every message says what was being done, to which object, why it failed and,
 * where there is one, what to do. The CLI maps the subclasses to exit codes; a plain ConvergeException is exit 1.
 */
public class ConvergeException extends RuntimeException {

    private final String sqlState;

    public ConvergeException(String message) {
        this(message, null, null);
    }

    public ConvergeException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public ConvergeException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The SQLSTATE of the PostgreSQL error behind this one, or null. */
    public String sqlState() {
        return sqlState;
    }
}
