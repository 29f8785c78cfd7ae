package dev.converge.app.migrate;

import java.util.List;

/**
 * {@code converge migrate hash}: records the directory's files as they are in the integrity file, for a change
 * that is intended (a migration edited before it ran anywhere, a directory adopted from hand-written migrations).
 * The files must still fit the layout, and no two may share a version.
 */
public final class MigrateHashWorkflow {

    public List<String> hash(MigrationDirectory directory, String format) {
        MigrationSet set = MigrationSet.readUnverified(directory, format);
        directory.write(List.of(IntegrityFile.of(directory, set.files())));
        return set.files();
    }
}
