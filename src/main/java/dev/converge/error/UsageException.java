package dev.converge.error;

/** The command line is wrong (exit code 64). */
public class UsageException extends ConvergeException {
    public UsageException(String message) {
        super(message);
    }
}
