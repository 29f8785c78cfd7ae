package dev.converge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.DevServer;
import dev.converge.app.DiffSource;
import dev.converge.app.DiffWorkflow;
import dev.converge.app.PlanResult;
import dev.converge.app.Reports;
import dev.converge.connect.ConnectionSpecParser;

/** {@code converge diff}: the plan between any two sources, databases or desired-state files. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show the SQL plan that would turn one source into another. A source is a database URL or "
                + "desired-state files; two databases (staging and production) are compared directly. Changes "
                + "nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge diff --from schema-examples/shop/v1 --to schema-examples/shop/v2",
                "  converge diff --from \"$PRODUCTION_URL\" --to \"$STAGING_URL\"",
                "  converge diff --from postgresql://app@localhost/shop --to schema/ --schema shop",
                "  converge diff --env staging        # converge.yaml: the environment's database -> 'desired:'",
                "", "Without --dev-db, files are loaded into a private PostgreSQL that Converge starts for the run, of "
                + "the major version of a database source (when both sources are files, the version bundled with "
                + "Converge).",
                "", "Exit codes: 0 no differences, 2 differences, 1 error, 64 usage."})
final class DiffCommand implements Callable<Integer> {

    private static final Pattern DATABASE_URL = Pattern.compile("^(postgres(ql)?|jdbc:postgresql)://.*");

    @Option(names = "--from", paramLabel = "SRC",
            description = "The current side: a database URL, or a desired-state file or directory (repeatable "
                    + "for several paths). Default with --env: the environment's database.")
    List<String> from = new ArrayList<>();

    @Option(names = "--to", paramLabel = "SRC",
            description = "The desired side: a database URL, or a desired-state file or directory (repeatable). "
                    + "Default with --env or --config: 'desired:' of converge.yaml.")
    List<String> to = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "NAME",
            description = "Schema to compare; repeatable. Default: the schemas the desired files use, or for two "
                    + "databases every schema in use on either.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--dev-db", paramLabel = "URL",
            description = "Server for temporary databases (files are loaded there to be normalised): a database "
                    + "URL, 'target' (the server of a database source), 'private' (a private PostgreSQL, or an "
                    + "error), or docker://IMAGE (e.g. docker://postgres:16) through the docker command. Default: a "
                    + "private PostgreSQL of the database source's major version, else the database source's "
                    + "server.")
    String devDatabase;

    @Mixin
    OutputOptions outputOptions;

    @Mixin
    ReportOptions reportOptions;

    @Mixin
    ProjectOptions projectOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        reportOptions.prepare(outputOptions);
        ConnectionSpecParser parser = ConnectionSpecParser.fromSystemEnvironment();
        DiffSource current = from.isEmpty() && projectOptions.hasEnvironment()
                ? new DiffSource.Database(projectOptions.database(null)) : source("--from", from, parser);
        DiffSource desired = to.isEmpty() && !projectOptions.desired().isEmpty()
                ? new DiffSource.Files(projectOptions.desired()) : source("--to", to, parser);
        var err = spec.commandLine().getErr();
        var progress = outputOptions.progress(err);
        try (DevServer devServer = DevServer.choose(devDatabase, current, desired, parser, progress)) {
            PlanResult result = new DiffWorkflow(progress)
                    .diff(current, desired, new LinkedHashSet<>(schemas), devServer.spec());
            var out = spec.commandLine().getOut();
            var printer = new PlanPrinter(out, err, outputOptions.ansi());
            if (reportOptions.write(Reports.of("diff", current + " -> " + desired, result), out,
                    outputOptions.ansi())) {
                printer.warnUnmanaged(result);
            } else {
                printer.print("converge diff from " + current + " to " + desired, result);
            }
            return result.plan().isEmpty() ? Main.EXIT_OK : Main.EXIT_CHANGES;
        }
    }

    /** One URL is a database; anything else is one or more desired-state paths. */
    private static DiffSource source(String option, List<String> values, ConnectionSpecParser parser) {
        if (values.isEmpty()) {
            throw new dev.converge.error.UsageException("missing " + option + " SRC (a database URL or desired-state "
                    + "paths; --env NAME gives the environment's database as --from and converge.yaml's 'desired:' "
                    + "as --to)");
        }
        boolean anyUrl = values.stream().anyMatch(v -> DATABASE_URL.matcher(v).matches());
        if (!anyUrl) {
            return new DiffSource.Files(values.stream().map(Path::of).toList());
        }
        if (values.size() > 1) {
            throw new dev.converge.error.UsageException(option + " takes one database URL or any number of "
                    + "desired-state paths, not both");
        }
        return new DiffSource.Database(parser.parse(values.get(0)));
    }
}
