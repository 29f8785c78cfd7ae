package dev.converge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import dev.converge.app.DevServer;
import dev.converge.app.DiffSource;
import dev.converge.app.Progress;
import dev.converge.app.migrate.MigrateRequest;
import dev.converge.app.migrate.MigrationDirectory;
import dev.converge.app.migrate.MigrationFormat;
import dev.converge.connect.ConnectionSpecParser;

/** The options migrate diff and migrate check share: the directory, its format, the desired state, the dev server. */
final class MigrateOptions {

    @Option(names = "--dir", paramLabel = "DIR", required = true,
            description = "The migration directory (created by migrate diff when missing).")
    Path directory;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "flyway, liquibase, golang-migrate or plain. Default: what the directory's files show "
                    + "(required for an empty directory).")
    String format;

    @Option(names = "--desired", paramLabel = "PATH",
            description = "Desired-state file or directory, or git:REV[:PATH]; repeatable. Default: 'desired:' of "
                    + "converge.yaml.")
    List<Path> desired = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "NAME",
            description = "Schema to manage; repeatable. Default: the schemas the desired state creates or puts "
                    + "objects in.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--dev-db", paramLabel = "URL",
            description = "Server for the scratch databases (the migrations are replayed and the desired state is "
                    + "loaded there; each is dropped afterwards): a database URL, or docker://IMAGE. Default: an "
                    + "embedded PostgreSQL started for the run.")
    String devDatabase;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Project file. Default: converge.yaml in the working directory or the nearest parent.")
    Path configFile;

    @Option(names = "--no-cache", description = "Load the desired state through the dev database even when its "
            + "files are unchanged.")
    boolean noCache;

    /** Usage errors before any server is started: an unknown format, or none for an empty directory. */
    void validate() {
        MigrationFormat.choose(format, new MigrationDirectory(directory));
    }

    /** Starts (or names) the dev server; the caller closes it. */
    DevServer devServer(Progress progress) {
        // Two file sources make DevServer choose --dev-db, else an embedded PostgreSQL.
        DiffSource none = new DiffSource.Files(List.of());
        return DevServer.choose(devDatabase, none, none, ConnectionSpecParser.fromSystemEnvironment(), progress);
    }

    MigrateRequest request(DevServer server) {
        return MigrateRequest.resolve(configFile, new MigrationDirectory(directory), format, desired, schemas,
                server.spec(), !noCache);
    }
}
