package dev.converge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code converge} command. Exit codes are a contract: 0 ok or nothing to do, 1 error, 2 changes or drift
 * present, 3 refused by policy, 64 usage.
 */
@Command(name = "converge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Declarative schema management for PostgreSQL: keep the schema you want in SQL files, "
                + "and let Converge plan, apply and check the changes that get a database there.",
        subcommands = {PlanCommand.class, ApplyCommand.class, DriftCommand.class, InspectCommand.class,
                DiffCommand.class, InitCommand.class, CompletionCommand.class,
                HistoryCommand.class,
                BackupsCommand.class,
                LintCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok or nothing to do, 1 error, 2 changes or drift present, "
                + "3 refused by policy, 64 usage.",
                "Database URLs: postgresql://user@host:port/db, postgres://..., jdbc:postgresql://...; "
                        + "whatever a URL leaves out comes from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE "
                        + "and ~/.pgpass."})
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_ERROR = 1;
    public static final int EXIT_CHANGES = 2;
    public static final int EXIT_REFUSED = 3;
    public static final int EXIT_USAGE = 64;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line with its output captured; for tests and embedding. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        return commandLine;
    }

    /** Wrong options are exit 64, not picocli's default 2, which would read as "changes present". */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        var err = failed.getErr();
        err.println("converge: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return EXIT_USAGE;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: plan, apply, drift, inspect, diff or history");
    }
}
