package dev.converge.error;

/**
 * The temporary dev database could not be created. Besides the full message it keeps PostgreSQL's reason alone,
 * so that a workflow that knows where the server came from (--dev-db or the target) can say so.
 */
public class DevDatabaseException extends ConvergeException {

    private final String reason;

    public DevDatabaseException(String message, String reason, String sqlState) {
        super(message, sqlState, null);
        this.reason = reason;
    }

    /** Why PostgreSQL refused, e.g. {@code permission denied to create database}; never a password. */
    public String reason() {
        return reason;
    }
}
