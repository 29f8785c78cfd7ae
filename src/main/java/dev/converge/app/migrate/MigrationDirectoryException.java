package dev.converge.app.migrate;

import dev.converge.error.ConvergeException;

/** A migration directory that cannot be used as it is: a file that fits no layout, a broken integrity file, two
 * migrations with one version, a migration that fails to replay. Exit 1, with the file named. */
public class MigrationDirectoryException extends ConvergeException {

    public MigrationDirectoryException(String message) {
        super(message);
    }

    public MigrationDirectoryException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }
}
