package dev.converge.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.migrate.IntegrityFile;
import dev.converge.app.migrate.MigrateHashWorkflow;
import dev.converge.app.migrate.MigrationDirectory;

/** {@code converge migrate hash}: records intended changes of a migration directory in its integrity file. */
@Command(name = "hash", mixinStandardHelpOptions = true,
        description = "Record the migration directory's files as they are in converge.sum: after an intended "
                + "edit of a migration that never ran anywhere, or to adopt a directory of hand-written migrations.",
        footer = {"", "Exit codes: 0 written, 1 error (a file that fits no layout, two migrations with one "
                + "version), 64 usage."})
final class MigrateHashCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", required = true, description = "The migration directory.")
    java.nio.file.Path directory;

    @Option(names = "--format", paramLabel = "FORMAT", description = "flyway, liquibase, golang-migrate or plain. "
            + "Default: what the directory's files show.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> files = new MigrateHashWorkflow().hash(new MigrationDirectory(directory), format);
        spec.commandLine().getOut().println("Wrote " + directory.resolve(IntegrityFile.NAME) + " (" + files.size()
                + " file(s)).");
        return Main.EXIT_OK;
    }
}
