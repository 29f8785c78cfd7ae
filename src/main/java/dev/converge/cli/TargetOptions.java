package dev.converge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import picocli.CommandLine.Option;

import dev.converge.app.DesiredStateCache;
import dev.converge.app.Target;
import dev.converge.connect.ConnectionSpecParser;

/** The options every command that compares a database with the desired state shares. */
final class TargetOptions {

    @Option(names = "--db", paramLabel = "URL",
            description = "Target database: postgresql://, postgres:// or jdbc:postgresql:// URL. Parts it leaves "
                    + "out come from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.")
    String database;

    @Option(names = "--desired", paramLabel = "PATH", required = true,
            description = "Desired-state SQL file or directory (read recursively); repeatable. Files and "
                    + "statements may come in any order.")
    List<Path> desired = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "NAME",
            description = "Schema to manage; repeatable. Default: the schemas the desired state creates or puts "
                    + "objects in. Objects in other schemas are never read or touched.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--dev-db", paramLabel = "URL",
            description = "Server for the temporary dev database that normalises the desired state (a database "
                    + "is created there and dropped afterwards). Default: the target's server.")
    String devDatabase;

    @Option(names = "--no-cache",
            description = "Load the desired state through the dev database even when its files are unchanged "
                    + "(by default the normalised result is cached under ~/.cache/converge, keyed by the files' "
                    + "contents, the dev server's version and the options).")
    boolean noCache;

    Target toTarget() {
        ConnectionSpecParser parser = ConnectionSpecParser.fromSystemEnvironment();
        return new Target(parser.parse(database), desired, new LinkedHashSet<>(schemas),
                devDatabase == null ? null : parser.parse(devDatabase),
                noCache ? null : DesiredStateCache.inDefaultPlace());
    }
}
