package dev.converge.app.migrate;

import java.util.Objects;

/**
 * The SQL of one direction of a migration as a tool runs it: the file it comes from (relative to the migration
 * directory), the line of that file where the SQL starts (a Liquibase changeset starts inside its file), and
 * whether the tool runs it without a transaction (Flyway's executeInTransaction=false, Liquibase's
 * runInTransaction:false). A script the tool runs in a transaction may still turn out to hold a statement that
 * cannot run in one: then, as the tools do, its statements run one by one (see {@link Replay}).
 */
public record MigrationScript(String file, int firstLine, String sql, boolean outsideTransaction) {

    public MigrationScript {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sql, "sql");
    }
}
