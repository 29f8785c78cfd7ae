package dev.converge.error;

/**
 * The project file (converge.yaml) is malformed or names something that is not there. The message starts with
 * {@code file:line: key:} so that the user can go straight to the offending entry. Exit code 1, like any error.
 */
public class ConfigException extends ConvergeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
