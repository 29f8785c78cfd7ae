package dev.converge.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.BackupsWorkflow;
import dev.converge.apply.StoredBackup;
import dev.converge.plan.Backup;

/** {@code converge backups}: the tables and columns {@code apply --backup} kept, with how to restore or purge. */
@Command(name = "backups", mixinStandardHelpOptions = true,
        description = "List what 'apply --backup' kept in schema " + Backup.SCHEMA + " (newest first): the dropped "
                + "table or column, when, its size, and the SQL that restores it or purges it.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge backups --db postgresql://app@localhost/shop",
                "", "Exit codes: 0 ok, 1 error, 64 usage."})
final class BackupsCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "URL",
            description = "Database URL; parts it leaves out come from PGHOST, PGPORT, PGUSER, PGPASSWORD, "
                    + "PGDATABASE.")
    String database;

    @Mixin
    ProjectOptions projectOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var target = projectOptions.database(database);
        List<StoredBackup> backups = new BackupsWorkflow().list(target);
        PrintWriter out = spec.commandLine().getOut();
        if (backups.isEmpty()) {
            out.println("No backups on " + target + " (schema " + Backup.SCHEMA + ").");
            return Main.EXIT_OK;
        }
        for (StoredBackup b : backups) {
            out.printf("%s %s  dropped %s  kept in %s.%s (%d bytes)%n", b.isColumn() ? "column" : "table",
                    b.object(), b.at(), Backup.SCHEMA, b.backupTable(), b.bytes());
            if (b.isColumn()) {
                out.println("  restore: add the column again (ALTER TABLE ... ADD COLUMN), then:");
                out.println("           " + b.restoreSql());
            } else {
                out.println("  restore: " + b.restoreSql());
            }
            out.println("  purge:   " + b.purgeSql());
        }
        return Main.EXIT_OK;
    }
}
