package dev.converge.error;

/**
 * The temporary dev database could not be created, or was lost while in use. Besides the full message it keeps
 * what happened without naming the server, so that a workflow that knows where the server came from (--dev-db or
 * the target) can say so.
 */
public class DevDatabaseException extends ConvergeException {

    private final String detail;

    public DevDatabaseException(String message, String detail, String sqlState) {
        super(message, sqlState, null);
        this.detail = detail;
    }

    /**
     * What happened on the dev server, to follow its name, e.g. {@code cannot create the temporary dev database
     * there: permission denied to create database (the user needs CREATEDB there)}; never a password.
     */
    public String detail() {
        return detail;
    }
}
