package dev.converge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.DevServer;
import dev.converge.app.Progress;
import dev.converge.app.migrate.MigrateDiffWorkflow;

/** {@code converge migrate diff NAME}: writes the next migration of a directory. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Write the next migration: the plan from the state the directory's migrations produce "
                + "(replayed in order into a scratch database) to the desired state, with its down migration (the "
                + "reverse plan, data loss marked), in the tool's layout; converge.sum is updated.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge migrate diff add_orders --dir migrations/ --format flyway --desired schema/",
                "  converge migrate diff add_orders --dir db/changelog/ --format liquibase",
                "  converge migrate diff add_orders --dir migrations/ --format golang-migrate --dev-db \"$DEV_URL\"",
                "", "Exit codes: 0 migration written or nothing to do, 1 error (e.g. an edited migration or two with "
                + "one version), 64 usage."})
final class MigrateDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "What the migration does, e.g. add_orders (part of "
            + "the file names).")
    String name;

    @Mixin
    MigrateOptions options;

    @Mixin
    OutputOptions outputOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = outputOptions.progress(err);
        MigrateDiffWorkflow.fileName(name);
        options.validate();
        try (DevServer server = options.devServer(progress)) {
            MigrateDiffWorkflow.Outcome outcome = new MigrateDiffWorkflow(progress)
                    .diff(options.request(server), name);
            if (outcome.written().isEmpty()) {
                out.println("No changes: the migrations in " + options.directory + " already reach the desired "
                        + "state; nothing was written.");
                return Main.EXIT_OK;
            }
            out.println("Wrote " + outcome.format().flagName() + " migration " + name + " ("
                    + outcome.up().statements().size() + " statement(s)) to " + options.directory + ":");
            outcome.written().forEach(file -> out.println("  " + file));
            if (!outcome.up().hazards().isEmpty()) {
                out.println("Hazards of the up migration: " + String.join(", ", outcome.up().hazards().stream()
                        .map(h -> h.flagName()).toList()) + " (marked in the files; review before committing)");
            }
            if (!outcome.downDataLoss().isEmpty()) {
                out.println("Its down migration deletes data: " + String.join("; ", outcome.downDataLoss()));
            }
            return Main.EXIT_OK;
        }
    }
}
