package dev.converge.error;

/**
 * The desired state cannot be read or loaded: a malformed file, or a statement PostgreSQL rejects. The message
 * starts with {@code file:line:col} of the offending statement.
 */
public class DesiredStateException extends ConvergeException {
    public DesiredStateException(String message) {
        super(message);
    }

    public DesiredStateException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }
}
