package dev.converge.app.migrate;

import java.math.BigInteger;
import java.util.List;

/**
 * How one migration tool lays out a directory: how its file names carry versions, how it marks a script that must
 * run outside a transaction, and where the down (undo, rollback) of each step goes. Reading gives the migrations in
 * the order the tool applies them; writing gives the files of the next migration.
 */
interface MigrationLayout {

    /**
     * @param files every file of the directory (relative names with forward slashes), sorted, without the
     *        integrity file
     * @throws MigrationDirectoryException naming the file when a file does not fit the layout
     */
    List<Migration> read(MigrationDirectory directory, List<String> files);

    /**
     * The files of the next migration, whose first version is {@code major} (one more than the greatest major
     * version in the directory); a file already in the directory that lists the migrations (Liquibase's
     * changelog) comes back with the new migration added.
     */
    List<WrittenFile> write(MigrationDirectory directory, List<String> files, BigInteger major, String name,
                            List<GeneratedStep> steps, String header);

    /**
     * Whether consecutive statements that run outside a transaction may share one script: true where the tool
     * runs such a script statement by statement (Flyway); false where a file or changeset is sent as one query,
     * which PostgreSQL would run as one implicit transaction.
     */
    default boolean mergesOutsideTransaction() {
        return false;
    }

    /** Whether a directory's files look like this tool's, for when --format is not given. */
    boolean recognises(List<String> files);
}
