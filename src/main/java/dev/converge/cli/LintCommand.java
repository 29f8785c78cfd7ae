package dev.converge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.DevServer;
import dev.converge.app.DiffSource;
import dev.converge.app.EnvironmentResolver;
import dev.converge.app.LintWorkflow;
import dev.converge.app.ResolvedRun;
import dev.converge.app.RunRequest;
import dev.converge.connect.ConnectionSpecParser;
import dev.converge.error.UsageException;
import dev.converge.lint.LintSettings;
import dev.converge.lint.Severity;
import dev.converge.plan.Phase;
import dev.converge.report.Ansi;
import dev.converge.report.LintRenderer;
import dev.converge.report.LintReport;
import dev.converge.report.ReportFormat;
import dev.converge.source.config.ProjectConfig;

/** {@code converge lint}: checks the desired state (and with a target, the plan) against the project's rules. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check the desired state for design mistakes (no primary key, unindexed foreign keys, "
                + "redundant indexes, timestamp without time zone, serial, names that need quotes, the project's "
                + "naming convention...) and, with --db or --env, the plan against that target for changes that "
                + "break the running code or lock a large table. Rules, severities and naming conventions are set "
                + "under 'lint:' in converge.yaml; '-- converge:nolint RULE' on an object's line suppresses a "
                + "rule there. Changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge lint --desired schema/",
                "  converge lint --desired schema/ --format sarif --out lint.sarif",
                "  converge lint --env staging --phase expand   # is the expand phase safe for the running code?",
                "", "Without --db or --dev-db the desired state is normalised in an embedded PostgreSQL.",
                "", "Exit codes: 0 no finding at error severity, 2 findings at error severity, 1 error, 64 usage."})
final class LintCommand implements Callable<Integer> {

    @Option(names = "--desired", paramLabel = "PATH",
            description = "Desired-state SQL or YAML file, or a directory; repeatable. Default: 'desired:' of "
                    + "converge.yaml.")
    List<Path> desired = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "NAME",
            description = "Schema to check; repeatable. Default: the schemas the desired state creates or uses.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--db", paramLabel = "URL",
            description = "Also check the plan against this database: changes that break the running code, "
                    + "locks on large tables, and integer keys on large tables.")
    String database;

    @Option(names = {"-e", "--env"}, paramLabel = "NAME",
            description = "Check the plan against the database of this environment of converge.yaml.")
    String environment;

    @Option(names = "--dev-db", paramLabel = "URL",
            description = "Server for the temporary database that normalises the desired state (a URL, or "
                    + "docker://IMAGE). Default: the target's server, else an embedded PostgreSQL.")
    String devDatabase;

    @Option(names = "--phase", paramLabel = "PHASE",
            description = "With a target: check only the statements of this phase (expand or contract), as "
                    + "'apply --phase' would run them. Default: the whole plan.")
    String phase;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Project file. Default: converge.yaml in the working directory or the nearest parent.")
    Path configFile;

    @Mixin
    OutputOptions outputOptions;

    @Mixin
    ReportOptions reportOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        reportOptions.prepare(outputOptions);
        for (ReportOptions.Destination destination : reportOptions.destinations()) {
            if (LintRenderer.of(destination.format(), new Ansi(false)) == null) {
                throw new UsageException("lint writes text, json, markdown, junit or sarif, not "
                        + destination.format().formatName());
            }
        }
        Set<Phase> phases = phases();
        var err = spec.commandLine().getErr();
        var progress = outputOptions.progress(err);
        Optional<ProjectConfig> project = EnvironmentResolver.loadProject(configFile, Path.of(""));
        LintSettings settings = project.map(ProjectConfig::lint).orElse(LintSettings.DEFAULTS);
        LintWorkflow.Outcome outcome;
        String target;
        if (database != null || environment != null) {
            ResolvedRun run = EnvironmentResolver.fromSystemEnvironment().resolve(project, new RunRequest(configFile,
                    environment, database, desired, schemas, devDatabase, 1));
            if (run.multiTarget()) {
                throw new UsageException("lint checks one target's plan, but this run has " + run.targets().size()
                        + " targets; give --db to choose one");
            }
            target = run.targets().get(0).name();
            outcome = new LintWorkflow(progress).lintPlan(run.targets().get(0).target(), phases, settings);
        } else {
            if (phase != null) {
                throw new UsageException("--phase chooses statements of a plan; give --db or --env to plan");
            }
            List<Path> paths = !desired.isEmpty() ? desired : project.map(ProjectConfig::desired).orElse(List.of());
            if (paths.isEmpty()) {
                throw new UsageException("no desired state: give --desired PATH, or 'desired:' in converge.yaml");
            }
            Set<String> managed = new LinkedHashSet<>(!schemas.isEmpty() ? schemas
                    : project.map(ProjectConfig::schemas).orElse(List.of()));
            target = String.join(", ", paths.stream().map(p -> LintWorkflow.display(p.toString())).toList());
            DiffSource files = new DiffSource.Files(paths);
            try (DevServer dev = DevServer.choose(devDatabase, files, files,
                    ConnectionSpecParser.fromSystemEnvironment(), progress)) {
                outcome = new LintWorkflow(progress).lintDesired(paths, managed,
                        project.map(ProjectConfig::include).orElse(List.of()),
                        project.map(ProjectConfig::exclude).orElse(List.of()), dev.spec(), settings);
            }
        }
        LintReport report = new LintReport(target, List.copyOf(outcome.schemas()), outcome.result(), outcome.notes());
        var out = spec.commandLine().getOut();
        if (!reportOptions.write((format, ansi) -> LintRenderer.of(format, ansi).render(report), out,
                outputOptions.ansi())) {
            out.print(LintRenderer.of(ReportFormat.TEXT, outputOptions.ansi()).render(report));
            out.flush();
        }
        boolean errors = outcome.result().findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
        return errors ? Main.EXIT_CHANGES : Main.EXIT_OK;
    }

    private Set<Phase> phases() {
        if (phase == null) {
            return EnumSet.allOf(Phase.class);
        }
        return EnumSet.of(Phase.fromLabel(phase).orElseThrow(() -> new UsageException("unknown --phase '" + phase
                + "'; use expand or contract")));
    }
}
