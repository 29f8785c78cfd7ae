package dev.converge.error;

/** The plan contains a change the user has not allowed (exit code 3); nothing was changed. */
public class PolicyRefusedException extends ConvergeException {
    public PolicyRefusedException(String message) {
        super(message);
    }
}
