package dev.converge.error;

/**
 * The live data would make the plan fail (NULLs under a new NOT NULL, duplicates under a new unique key...): found
 * by the preflight before any statement ran, so nothing was changed. Exit code 1, like the failure it prevents.
 */
public class DataCheckFailedException extends ConvergeException {
    public DataCheckFailedException(String message) {
        super(message);
    }
}
