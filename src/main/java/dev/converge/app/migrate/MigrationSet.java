package dev.converge.app.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * A migration directory read and checked before anything runs: its integrity file valid, every file fitting the
 * layout, and no two migrations with the same version (what a merge of two branches that each added one leaves).
 */
record MigrationSet(MigrationDirectory directory, MigrationFormat format, List<String> files,
                    List<Migration> migrations) {

    MigrationSet {
        files = List.copyOf(files);
        migrations = List.copyOf(migrations);
    }

    static MigrationSet read(MigrateRequest request) {
        MigrationSet set = readUnverified(request.directory(), request.format());
        IntegrityFile.verify(set.directory(), set.files());
        return set;
    }

    /** The directory read without looking at its integrity file (for migrate hash, which rewrites it). */
    static MigrationSet readUnverified(MigrationDirectory directory, String formatFlag) {
        MigrationFormat format = MigrationFormat.choose(formatFlag, directory);
        List<String> files = directory.files();
        List<Migration> migrations = format.layout().read(directory, files);
        refuseSameVersion(directory, migrations);
        return new MigrationSet(directory, format, files, migrations);
    }

    private static void refuseSameVersion(MigrationDirectory directory, List<Migration> migrations) {
        List<Migration> versioned = new ArrayList<>(migrations.stream().filter(m -> !m.version().parts().isEmpty())
                .toList());
        for (int i = 1; i < versioned.size(); i++) {
            Migration previous = versioned.get(i - 1);
            Migration migration = versioned.get(i);
            if (previous.version().sameAs(migration.version())
                    && !previous.up().file().equals(migration.up().file())) {
                throw new MigrationDirectoryException(directory.display(previous.up().file()) + " and "
                        + directory.display(migration.up().file()) + " both have version " + migration.version()
                        + ": two branches each added a migration. Keep the one that was merged first, delete the "
                        + "other (and its down file), and write it again on top with converge migrate diff");
            }
        }
    }

    /** One more than the greatest major version: the first version of the next migration. */
    java.math.BigInteger nextMajor() {
        return migrations.stream().filter(m -> !m.version().parts().isEmpty()).map(m -> m.version().major())
                .max(java.math.BigInteger::compareTo).orElse(java.math.BigInteger.ZERO).add(java.math.BigInteger.ONE);
    }
}
