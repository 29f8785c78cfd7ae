package dev.converge.error;

/**
 * The user interrupted an apply (Ctrl-C, SIGTERM): the running statement was cancelled and rolled back. The message
 * says what had been committed before and what was not applied; the CLI exits 130, as a shell does for Ctrl-C.
 */
public class ApplyCancelledException extends ConvergeException {
    public ApplyCancelledException(String message) {
        super(message, "57014", null);
    }
}
