package dev.converge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import dev.converge.app.EnvironmentResolver;
import dev.converge.app.NamedTarget;
import dev.converge.app.ResolvedRun;
import dev.converge.app.RunRequest;
import dev.converge.connect.ConnectionSpec;
import dev.converge.app.DesiredStateCache;
import dev.converge.connect.ConnectionSpecParser;
import dev.converge.error.UsageException;

/**
 * The options every command that compares a database with the desired state shares. Each may come from the
 * project file (converge.yaml) instead; a flag given here overrides the file.
 */
final class TargetOptions {

    @Option(names = "--db", paramLabel = "URL",
            description = "Target database: postgresql://, postgres:// or jdbc:postgresql:// URL. Parts it leaves "
                    + "out come from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE. Overrides the environment's "
                    + "databases.")
    String database;

    // Not required by picocli: it may come from converge.yaml, and apply --plan takes no desired state.
    @Option(names = "--desired", paramLabel = "PATH",
            description = "Desired-state SQL or YAML file, or a directory (its *.sql, *.yaml and *.yml files, read "
                    + "recursively); repeatable. Files and statements may come in any order. Default: 'desired:' "
                    + "of converge.yaml. Not used by apply --plan.")
    List<Path> desired = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "NAME",
            description = "Schema to manage; repeatable. Default: the schemas the desired state creates or puts "
                    + "objects in. Objects in other schemas are never read or touched. A pattern such as "
                    + "'tenant_*' makes each matching schema a target of its own.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--dev-db", paramLabel = "URL",
            description = "Where the desired state is normalised: 'private' (a private PostgreSQL of the target's "
                    + "major version that Converge starts; an error when it cannot), 'target' (a temporary database "
                    + "on the target's server), or a server URL (a temporary database there). Default: private, "
                    + "else the target's server with one line saying why.")
    String devDatabase;

    @Option(names = {"-e", "--env"}, paramLabel = "NAME",
            description = "Environment of converge.yaml to run against (its databases, schemas, dev database and "
                    + "policy).")
    String environment;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Project file. Default: converge.yaml in the working directory or the nearest parent, up "
                    + "to the repository root.")
    Path configFile;

    @Option(names = "--parallel", paramLabel = "N",
            description = "With several targets, run at most N at once (default: the environment's 'parallel', "
                    + "else " + EnvironmentResolver.DEFAULT_PARALLEL + ").")
    Integer parallel;

    @Option(names = "--keep-going",
            description = "With several targets, keep starting targets after one failed (default: stop starting "
                    + "new ones; those already running finish).")
    boolean keepGoing;

    @Option(names = "--no-cache",
            description = "Load the desired state through the dev database even when its files are unchanged "
                    + "(by default the normalised result is cached under ~/.cache/converge, keyed by the files' "
                    + "contents, the dev server's version and the options), and ask the dev server again for the "
                    + "second prints of current expressions (also cached there, per server).")
    boolean noCache;

    @Option(names = "--allow-empty-desired-state",
            description = "Accept a desired state without a single statement: the plan then drops everything in the "
                    + "managed schemas. Without it, an empty desired state (a missing path, an empty folder, a "
                    + "folder without *.sql/*.yaml files, files with only comments) is an error.")
    boolean allowEmptyDesiredState;

    /** The targets of this run, from the flags and the project file, with the desired-state cache unless --no-cache. */
    ResolvedRun resolve() {
        refuseEmptyDatabase();
        ResolvedRun run = resolveCached();
        if (!allowEmptyDesiredState) {
            return run;
        }
        return new ResolvedRun(run.environment(), run.targets().stream()
                .map(t -> new NamedTarget(t.name(), t.target().allowingEmptyDesiredState())).toList(), run.policy(),
                run.parallel());
    }

    /**
     * {@code --db ""} is what an unset variable gives ({@code --db "$DATABASE_URL"}): falling back to the PG*
     * variables would plan against some other database.
     */
    private void refuseEmptyDatabase() {
        if (database != null && database.isBlank()) {
            throw new UsageException("--db is empty (an unset variable?): give the database URL, or leave --db out "
                    + "to use the PG* variables or the environment of converge.yaml");
        }
    }

    private ResolvedRun resolveCached() {
        RunRequest request = new RunRequest(configFile, environment, database, desired, schemas, devDatabase,
                parallel);
        ResolvedRun run = EnvironmentResolver.fromSystemEnvironment()
                .resolve(EnvironmentResolver.loadProject(configFile, Path.of("")), request);
        if (noCache) {
            return run;
        }
        DesiredStateCache cache = DesiredStateCache.inDefaultPlace();
        return new ResolvedRun(run.environment(), run.targets().stream()
                .map(t -> new NamedTarget(t.name(), t.target().withCache(cache))).toList(), run.policy(),
                run.parallel());
    }

    /** The target database alone, for apply --plan, which must not be given a desired state to compare. */
    ConnectionSpec databaseOnly() {
        if (!desired.isEmpty() || !schemas.isEmpty() || devDatabase != null) {
            throw new UsageException("--plan applies the approved plan as it was written: --desired, --schema "
                    + "and --dev-db are not used with it");
        }
        refuseEmptyDatabase();
        return ConnectionSpecParser.fromSystemEnvironment().parse(database);
    }
}
