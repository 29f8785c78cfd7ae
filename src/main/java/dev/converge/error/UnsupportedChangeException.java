package dev.converge.error;

/**
 * The difference between current and desired cannot be expressed as DDL that Converge knows how to run
 * safely, e.g. removing a value from an enum. Naming the object is mandatory: an empty plan would be a lie.
 */
public class UnsupportedChangeException extends ConvergeException {
    public UnsupportedChangeException(String message) {
        super(message);
    }
}
