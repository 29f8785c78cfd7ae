package dev.converge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import picocli.CommandLine.Option;

import dev.converge.app.DevServer;
import dev.converge.app.DiagramWorkflow;
import dev.converge.app.DiffSource;
import dev.converge.connect.ConnectionSpecParser;
import dev.converge.error.ConvergeException;
import dev.converge.error.FileProblem;
import dev.converge.error.UsageException;
import dev.converge.report.diagram.DiagramFormat;

/**
 * The options of {@code inspect} that only pictures take: a desired state to draw instead of a database, its dev
 * server, and include/exclude patterns that cut a large schema down to the part worth drawing.
 */
final class DiagramOptions {

    @Option(names = "--desired", paramLabel = "PATH",
            description = "Draw this desired state (SQL or YAML files or directories; repeatable) instead of a "
                    + "database; it is normalised in a temporary database (--dev-db, else an embedded PostgreSQL). "
                    + "Diagrams only.")
    List<Path> desired = new ArrayList<>();

    @Option(names = "--dev-db", paramLabel = "URL",
            description = "Server for the temporary database that normalises --desired (a URL, or docker://IMAGE).")
    String devDatabase;

    @Option(names = "--include", paramLabel = "PATTERN",
            description = "Draw only tables and views matching PATTERN ('orders', 'shop.order_*'); repeatable. "
                    + "Diagrams only.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "Leave out tables and views matching PATTERN; repeatable. Diagrams only.")
    List<String> exclude = new ArrayList<>();

    /** Desired-state formats write every object: the picture-only options would be silently ignored there. */
    void requireNone(String format) {
        if (!desired.isEmpty() || devDatabase != null || !include.isEmpty() || !exclude.isEmpty()) {
            throw new UsageException("--desired, --dev-db, --include and --exclude draw diagrams; use them with "
                    + "--format " + String.join(", ", DiagramFormat.names()) + ", not " + format);
        }
    }

    /** @param databaseSpec the database to draw (--db, else --env's), asked for only when there is no --desired */
    int draw(DiagramFormat format, String database, java.util.function.Supplier<dev.converge.connect.ConnectionSpec>
            databaseSpec, List<String> schemas, Path out, OutputOptions output, PrintWriter stdout, PrintWriter err) {
        if (database != null && !desired.isEmpty()) {
            throw new UsageException("give either --db (draw a database) or --desired (draw a desired state)");
        }
        if (out != null && Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a directory; a diagram is one file (e.g. --out schema."
                    + (format == DiagramFormat.MERMAID ? "mmd" : format.formatName()) + ")");
        }
        output.machineOutput(out == null);
        var progress = output.progress(err);
        DiagramWorkflow workflow = new DiagramWorkflow(progress);
        DiagramWorkflow.Picture picture;
        if (desired.isEmpty()) {
            picture = workflow.ofDatabase(databaseSpec.get(),
                    new LinkedHashSet<>(schemas), include, exclude);
        } else {
            DiffSource files = new DiffSource.Files(desired);
            try (DevServer dev = DevServer.choose(devDatabase, files, files,
                    ConnectionSpecParser.fromSystemEnvironment(), progress)) {
                picture = workflow.ofDesired(desired, new LinkedHashSet<>(schemas), include, exclude, dev.spec());
            }
        }
        String text = format.render(picture.diagram(), picture.facts());
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConvergeException("writing the diagram to " + out + ": " + FileProblem.describe(e), e);
            }
            stdout.println("Wrote the " + format.formatName() + " diagram to " + out + " (" + picture.facts() + ").");
            stdout.flush();
        }
        if (picture.diagram().isEmpty()) {
            err.println("warning: nothing to draw: no table or view in " + String.join(", ", picture.schemas())
                    + (include.isEmpty() && exclude.isEmpty() ? "" : " that --include/--exclude keep"));
            err.flush();
        }
        return Main.EXIT_OK;
    }
}
