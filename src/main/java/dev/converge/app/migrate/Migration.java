package dev.converge.app.migrate;

import java.util.Objects;

/**
 * One versioned step of a migration directory, in the tool's own terms: a Flyway V script (with its U undo), a
 * Liquibase changeset (with its --rollback), a golang-migrate or plain version (with its down file). {@code down}
 * is null when the directory has none for it (a hand-written migration without an undo). The next migration's
 * version follows the greatest major version (a Liquibase changeset is numbered file.changeset).
 */
public record Migration(Version version, String description, MigrationScript up, MigrationScript down) {

    public Migration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(up, "up");
    }

    /** How messages name it: the file of its up script (and the changeset, for Liquibase). */
    public String name() {
        return up.file() + (description.isEmpty() ? "" : " " + description);
    }
}
