package dev.converge.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.HistoryWorkflow;
import dev.converge.apply.HistoryEntry;
import dev.converge.apply.HistoryJournal;
import dev.converge.error.UsageException;

/** {@code converge history}: the apply runs recorded on a database, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the apply runs recorded on the database (newest first): when, who, from where, "
                + "outcome (succeeded, failed, cancelled by Ctrl-C, running, or interrupted when its session is "
                + "gone), and with --statements the SQL that ran.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge history --db postgresql://app@localhost/shop",
                "  converge history --db postgresql://app@localhost/shop --limit 1 --statements",
                "", "Exit codes: 0 ok, 1 error, 64 usage."})
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");

    @Option(names = "--db", paramLabel = "URL",
            description = "Database URL; parts it leaves out come from PGHOST, PGPORT, PGUSER, PGPASSWORD, "
                    + "PGDATABASE.")
    String database;

    @Option(names = "--history-schema", paramLabel = "NAME", defaultValue = HistoryJournal.DEFAULT_SCHEMA,
            description = "Schema of the history table. Default: ${DEFAULT-VALUE}.")
    String historySchema;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "How many runs to show. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--statements", description = "Show each run's statements and their durations.")
    boolean statements;

    @Mixin
    ProjectOptions projectOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1");
        }
        var spec = projectOptions.database(database);
        List<HistoryEntry> entries = new HistoryWorkflow().list(spec, historySchema, limit);
        PrintWriter out = this.spec.commandLine().getOut();
        if (entries.isEmpty()) {
            out.println("No apply runs recorded on " + spec + " (table " + historySchema + ".history).");
            return Main.EXIT_OK;
        }
        for (HistoryEntry entry : entries) {
            print(out, entry);
        }
        return Main.EXIT_OK;
    }

    private void print(PrintWriter out, HistoryEntry e) {
        String took = e.finishedAt() == null ? ""
                : " (" + Duration.between(e.startedAt(), e.finishedAt()).toMillis() + " ms)";
        out.printf("#%d  %s  %-11s %d statement(s)%s  by %s (%s@%s), converge %s, plan %s%n", e.id(),
                TIME.format(e.startedAt()), e.outcome(), e.statements().size(), took, e.databaseUser(),
                e.osUser(), e.clientHost(), e.toolVersion(), e.planHash().substring(0, 12));
        if (e.error() != null) {
            out.println("    error: " + e.error().replace("\n", "\n    "));
        }
        if (statements) {
            for (int i = 0; i < e.statements().size(); i++) {
                String ms = i < e.durationsMillis().size() ? e.durationsMillis().get(i) + " ms" : "not run";
                out.println("    [" + (i + 1) + "] " + ms + ": " + e.statements().get(i).replace("\n", "\n        "));
            }
        }
    }
}
