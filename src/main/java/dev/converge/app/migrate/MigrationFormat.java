package dev.converge.app.migrate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.converge.error.UsageException;

/** The migration tools whose directory layout migrate reads and writes. */
public enum MigrationFormat {
    FLYWAY("flyway", FlywayLayout::new),
    LIQUIBASE("liquibase", LiquibaseLayout::new),
    GOLANG_MIGRATE("golang-migrate", GolangMigrateLayout::golangMigrate),
    PLAIN("plain", GolangMigrateLayout::plain);

    private final String flagName;
    private final Supplier<MigrationLayout> layout;

    MigrationFormat(String flagName, Supplier<MigrationLayout> layout) {
        this.flagName = flagName;
        this.layout = layout;
    }

    public String flagName() {
        return flagName;
    }

    MigrationLayout layout() {
        return layout.get();
    }

    /** The format given with --format, or else the one the directory's files show. */
    public static MigrationFormat choose(String flag, MigrationDirectory directory) {
        if (flag != null) {
            return Arrays.stream(values()).filter(f -> f.flagName.equalsIgnoreCase(flag.trim())).findFirst()
                    .orElseThrow(() -> new UsageException("--format " + flag + ": not a migration format; use one "
                            + "of " + names()));
        }
        List<String> files = directory.files();
        // Plain's names (NNNN_title.sql) are also Liquibase's and golang-migrate's: it is plain only when no other
        // tool's layout fits.
        List<MigrationFormat> seen = Arrays.stream(values()).filter(f -> f != PLAIN && f.layout().recognises(files))
                .toList();
        if (seen.isEmpty() && PLAIN.layout().recognises(files)) {
            seen = List.of(PLAIN);
        }
        if (seen.size() == 1) {
            return seen.get(0);
        }
        throw new UsageException("--format is needed: " + (seen.isEmpty() ? directory.path()
                + " has no migrations yet" : directory.path() + " looks like " + seen.stream()
                .map(MigrationFormat::flagName).toList()) + "; give --format " + names());
    }

    private static String names() {
        return String.join("|", Arrays.stream(values()).map(f -> f.flagName.toLowerCase(Locale.ROOT)).toList());
    }
}
