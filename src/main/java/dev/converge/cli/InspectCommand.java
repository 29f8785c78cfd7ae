package dev.converge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.converge.app.InspectWorkflow;
import dev.converge.error.UsageException;
import dev.converge.report.diagram.DiagramFormat;
import dev.converge.source.write.DesiredStateDirectory;
import dev.converge.source.write.DesiredStateFile;
import dev.converge.source.write.DesiredStateFormat;
import dev.converge.source.write.DesiredStateFormats;

/**
 * {@code converge inspect}: writes a live database's schema as desired-state files, or draws it (or a desired
 * state) as an entity-relationship diagram.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Write the schema of a live database as desired-state files (one per schema and object "
                + "kind), so that `converge plan` against the same database has nothing to do; or, with --format "
                + "mermaid, dot or html, draw the schema of a database or of a desired state (--desired) as an "
                + "entity-relationship diagram. Changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge inspect --db postgresql://app@localhost/shop --out schema/",
                "  converge inspect --db postgresql://app@localhost/shop --schema billing > billing.sql",
                "  converge inspect --db postgresql://app@localhost/shop --format yaml --out schema/",
                "  converge inspect --desired schema/ --format html --out schema.html   # a picture",
                "  converge inspect --db postgresql://app@localhost/shop --format mermaid --exclude 'audit_*'",
                "  converge inspect --env dev --out schema/      # the database of converge.yaml's environment dev",
                "", "Exit codes: 0 ok, 1 error, 64 usage."})
final class InspectCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "URL",
            description = "Database to inspect: postgresql://, postgres:// or jdbc:postgresql:// URL. Parts it "
                    + "leaves out come from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.")
    String database;

    @Option(names = "--schema", paramLabel = "NAME",
            description = "Schema to inspect; repeatable. Default: every schema in use (public when it holds "
                    + "objects).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql",
            description = "Format of the files: ${COMPLETION-CANDIDATES} (mermaid, dot and html draw a diagram "
                    + "instead). Default: ${DEFAULT-VALUE}.",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory to write the files to (created if needed; files of the same name are "
                    + "replaced); for a diagram, the FILE to write. Default: print them all to standard output.")
    Path out;

    @Mixin
    DiagramOptions diagramOptions;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    OutputOptions outputOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (DiagramFormat.named(format).isPresent()) {
            return diagramOptions.draw(DiagramFormat.named(format).get(), database,
                    () -> projectOptions.database(database), projectOptions.schemas(schemas), out, outputOptions,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        diagramOptions.requireNone(format);
        DesiredStateFormat chosen = DesiredStateFormats.named(format).orElseThrow(() -> new UsageException(
                "unknown --format " + format + " (one of: " + String.join(", ", new FormatNames()) + ")"));
        var stdout = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var db = projectOptions.database(database);
        outputOptions.machineOutput(out == null);
        InspectWorkflow.Result result = new InspectWorkflow(outputOptions.progress(err))
                .inspect(db, new LinkedHashSet<>(projectOptions.schemas(schemas)), chosen);
        if (out == null) {
            // Each file under a comment line of its own format, so the whole output stays valid SQL or YAML.
            String comment = chosen.name().equals("yaml") ? "# " : "-- ";
            for (DesiredStateFile file : result.files()) {
                stdout.println(comment + "file: " + file.path());
                stdout.print(file.content());
                stdout.println();
            }
        } else {
            List<Path> others = DesiredStateDirectory.write(out, result.files());
            stdout.println("Wrote " + result.files().size() + " file(s) to " + out + " (schemas: "
                    + String.join(", ", result.schemas()) + ").");
            if (!others.isEmpty()) {
                err.println("warning: " + others.size() + " other desired-state file(s) in " + out
                        + " were left as they were and are still read by plan:");
                others.forEach(p -> err.println("  " + p));
            }
        }
        stdout.flush();
        if (!result.unmanagedObjects().isEmpty()) {
            err.println("warning: " + result.unmanagedObjects().size() + " object(s) are of a kind Converge does "
                    + "not manage yet and were not written:");
            result.unmanagedObjects().forEach(name -> err.println("  " + name));
        }
        err.flush();
        return Main.EXIT_OK;
    }

    /** The --format values, for help and completion. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(DesiredStateFormats.names());
            addAll(DiagramFormat.names());
        }
    }
}
