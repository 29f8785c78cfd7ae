package dev.converge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import picocli.CommandLine.Option;

import dev.converge.app.Target;
import dev.converge.connect.ConnectionSpec;
import dev.converge.connect.ConnectionSpecParser;
import dev.converge.error.UsageException;

/** The options every command that compares a database with the desired state shares. */
final class TargetOptions {

    @Option(names = "--db", paramLabel = "URL",
            description = "Target database: postgresql://, postgres:// or jdbc:postgresql:// URL. Parts it leaves "
                    + "out come from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.")
    String database;

    // Checked in toTarget() rather than by picocli: apply --plan needs no desired state.
    @Option(names = "--desired", paramLabel = "PATH",
            description = "Desired-state SQL file or directory (read recursively); repeatable. Files and "
                    + "statements may come in any order. Required, except by apply --plan.")
    List<Path> desired = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "NAME",
            description = "Schema to manage; repeatable. Default: the schemas the desired state creates or puts "
                    + "objects in. Objects in other schemas are never read or touched.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--dev-db", paramLabel = "URL",
            description = "Server for the temporary dev database that normalises the desired state (a database "
                    + "is created there and dropped afterwards). Default: the target's server.")
    String devDatabase;

    Target toTarget() {
        if (desired.isEmpty()) {
            throw new UsageException("missing required option '--desired=PATH': the desired-state SQL files");
        }
        ConnectionSpecParser parser = ConnectionSpecParser.fromSystemEnvironment();
        return new Target(parser.parse(database), desired, new LinkedHashSet<>(schemas),
                devDatabase == null ? null : parser.parse(devDatabase));
    }

    /** The target database alone, for apply --plan, which must not be given a desired state to compare. */
    ConnectionSpec databaseOnly() {
        if (!desired.isEmpty() || !schemas.isEmpty() || devDatabase != null) {
            throw new UsageException("--plan applies the approved plan as it was written: --desired, --schema "
                    + "and --dev-db are not used with it");
        }
        return ConnectionSpecParser.fromSystemEnvironment().parse(database);
    }
}
