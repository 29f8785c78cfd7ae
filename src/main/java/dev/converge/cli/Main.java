package dev.converge.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

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
        footer = {"", "Exit codes: 0 ok or nothing to do, 1 error, 2 changes or drift present, "
                + "3 refused by policy, 64 usage, 130 interrupted (Ctrl-C, SIGTERM).",
                "Database URLs: postgresql://user@host:port/db, postgres://..., jdbc:postgresql://...; "
                        + "whatever a URL leaves out comes from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE "
                        + "and ~/.pgpass."})
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_ERROR = 1;
    public static final int EXIT_CHANGES = 2;
    public static final int EXIT_REFUSED = 3;
    public static final int EXIT_USAGE = 64;
    /** Interrupted by Ctrl-C or SIGTERM, as a shell reports a command ended by SIGINT (128 + 2). */
    public static final int EXIT_INTERRUPTED = 130;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * The subcommands, in the order help lists them. Building picocli's model of a command costs tens of
     * milliseconds of reflection each, a large part of a short run: a run builds only the command it runs.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("plan", PlanCommand::new);
        commands.put("apply", ApplyCommand::new);
        commands.put("drift", DriftCommand::new);
        commands.put("inspect", InspectCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("init", InitCommand::new);
        commands.put("completion", CompletionCommand::new);
        commands.put("history", HistoryCommand::new);
        commands.put("backups", BackupsCommand::new);
        commands.put("migrate", MigrateCommand::new);
        commands.put("lint", LintCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** Runs the command line with its output captured; for tests and embedding. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The whole command line, every subcommand included (help, completion scripts, tests). */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code args}: {@code --version} alone needs no subcommand, a run of a known command
     * only that command; anything else (help, completion, an unknown command that gets suggestions) all of them.
     */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        String first = args.length == 0 ? null : args[0];
        if (first != null && SUBCOMMANDS.containsKey(first) && !first.equals("help") && !first.equals("completion")) {
            commandLine.addSubcommand(SUBCOMMANDS.get(first).get());
        } else if (!versionOnly) {
            SUBCOMMANDS.values().forEach(command -> commandLine.addSubcommand(command.get()));
        }
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
