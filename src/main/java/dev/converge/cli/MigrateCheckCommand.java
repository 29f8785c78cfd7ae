package dev.converge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.DevServer;
import dev.converge.app.Progress;
import dev.converge.app.migrate.MigrateCheckWorkflow;
import dev.converge.plan.Statement;

/** {@code converge migrate check}: the CI gate for a migration directory. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a migration directory (for CI): converge.sum matches every file and no two migrations "
                + "share a version; the migrations replay cleanly from an empty database and reach the desired "
                + "state; each down migration returns the schema to the state before its up migration.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge migrate check --dir migrations/ --desired schema/",
                "", "Exit codes: 0 ok, 2 the desired state moved on without a new migration (run converge migrate "
                + "diff), 1 error (an edited migration, two with one version, a migration or down migration that "
                + "fails or does not undo), 64 usage."})
final class MigrateCheckCommand implements Callable<Integer> {

    @Mixin
    MigrateOptions options;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--no-down", description = "Do not run the down migrations (by default each is run, from the "
            + "last, and must restore the state before its up migration).")
    boolean noDown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = outputOptions.progress(err);
        options.validate();
        try (DevServer server = options.devServer(progress)) {
            MigrateCheckWorkflow.Outcome outcome = new MigrateCheckWorkflow(progress)
                    .check(options.request(server), !noDown);
            outcome.notes().forEach(note -> err.println("converge: note: " + note));
            err.flush();
            if (!outcome.pending().isEmpty()) {
                out.println("The desired state moved on: the " + outcome.migrations() + " migration(s) in "
                        + options.directory + " do not reach it. Missing (" + outcome.pending().statements().size()
                        + " statement(s)):");
                for (Statement statement : outcome.pending().statements()) {
                    out.println("-- " + statement.summary());
                    out.println(statement.sql().strip() + (statement.sql().strip().endsWith(";") ? "" : ";"));
                }
                out.println("Write the migration with: converge migrate diff NAME --dir " + options.directory);
                return Main.EXIT_CHANGES;
            }
            out.println("OK: " + outcome.migrations() + " " + outcome.format().flagName() + " migration(s) in "
                    + options.directory + " replay cleanly, reach the desired state and match converge.sum"
                    + (noDown ? "" : "; " + outcome.downsChecked() + " down migration(s) restore the state before "
                    + "them") + ".");
            return Main.EXIT_OK;
        }
    }
}
