package dev.converge.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.converge.connect.ConnectionSpec;
import dev.converge.connect.ConnectionSpecParser;
import dev.converge.diff.ObjectFilter;
import dev.converge.error.ConvergeException;
import dev.converge.error.UsageException;
import dev.converge.inspect.SchemaNames;
import dev.converge.model.NamePattern;
import dev.converge.source.config.DatabaseRef;
import dev.converge.source.config.EnvironmentConfig;
import dev.converge.source.config.PolicyConfig;
import dev.converge.source.config.ProjectConfig;
import dev.converge.source.config.ProjectConfigReader;
import dev.converge.source.yaml.Suggestions;

/**
 * Turns the command line and the project file into the targets of a run. Flags win over the file: {@code --db}
 * replaces the environment's databases, {@code --desired}, {@code --schema}, {@code --dev-db} and
 * {@code --parallel} replace their keys. URLs named by {@code url_env} are read from the process environment, so
 * no secret needs to live in the file. A schema pattern ({@code tenant_*}) makes every matching schema of each
 * database a target of its own, with unqualified desired-state names resolving to that schema.
 */
public final class EnvironmentResolver {

    /** How many targets run at once when neither --parallel nor the environment's {@code parallel} says. */
    public static final int DEFAULT_PARALLEL = 4;

    private final Map<String, String> environment;
    private final Function<ConnectionSpec, List<String>> schemaLister;

    public EnvironmentResolver(Map<String, String> environment, Function<ConnectionSpec, List<String>> schemaLister) {
        this.environment = Map.copyOf(environment);
        this.schemaLister = schemaLister;
    }

    public static EnvironmentResolver fromSystemEnvironment() {
        return new EnvironmentResolver(System.getenv(), SchemaNames::of);
    }

    /** The project file: the one given with --config, else converge.yaml found from {@code workingDirectory}. */
    public static Optional<ProjectConfig> loadProject(Path configFile, Path workingDirectory) {
        if (configFile != null) {
            return Optional.of(ProjectConfigReader.read(configFile));
        }
        return ProjectConfigReader.find(workingDirectory).map(ProjectConfigReader::read);
    }

    public ResolvedRun resolve(Optional<ProjectConfig> project, RunRequest request) {
        EnvironmentConfig env = environment(project, request.environment());
        List<Path> desired = !request.desired().isEmpty() ? request.desired()
                : project.map(ProjectConfig::desired).orElse(List.of());
        if (desired.isEmpty()) {
            throw new UsageException("no desired state: give --desired PATH, or 'desired:' in converge.yaml");
        }
        List<String> schemas = !request.schemas().isEmpty() ? request.schemas()
                : env != null && env.schemas() != null ? env.schemas()
                : project.map(ProjectConfig::schemas).orElse(List.of());
        ObjectFilter filter = project.map(p -> new ObjectFilter(p.include(), p.exclude())).orElse(ObjectFilter.ALL);
        ConnectionSpecParser parser = new ConnectionSpecParser(environment);
        DevServerChoice dev = request.devDatabase() != null ? DevServerChoice.parse(request.devDatabase(), parser)
                : env != null && env.devDatabase() != null
                ? DevServerChoice.parse(env.devDatabase().resolve(environment), parser)
                : DevServerChoice.DEFAULT;

        List<NamedTarget> databases = new ArrayList<>();
        if (request.database() != null || env == null) {
            ConnectionSpec spec = parser.parse(request.database());
            databases.add(new NamedTarget(spec.toString(), new Target(spec, desired, new LinkedHashSet<>(schemas), dev,
                    filter)));
        } else {
            for (DatabaseRef ref : env.targets()) {
                ConnectionSpec spec = parser.parse(ref.resolve(environment));
                String name = ref.name() != null ? ref.name() : spec.toString();
                databases.add(new NamedTarget(name, new Target(spec, desired, new LinkedHashSet<>(schemas), dev,
                        filter)));
            }
        }
        List<NamedTarget> targets = schemaPattern(schemas)
                .map(pattern -> perSchema(databases, pattern))
                .orElse(databases);
        int parallel = request.parallel() != null ? request.parallel()
                : env != null && env.parallel() != null ? env.parallel() : DEFAULT_PARALLEL;
        if (parallel < 1) {
            throw new UsageException("--parallel must be at least 1");
        }
        PolicyConfig policy = env != null ? env.policy() : PolicyConfig.DEFAULT;
        return new ResolvedRun(env != null ? env.name() : null, targets, policy, parallel);
    }

    /**
     * The one database of a command that reads a database alone ({@code inspect}, {@code history},
     * {@code backups}, a side of {@code diff}): {@code --db}, else the environment's, which must name exactly one.
     * Without either, the PG* variables decide, as for {@code plan}.
     */
    public ConnectionSpec singleDatabase(Optional<ProjectConfig> project, String environmentName, String database) {
        ConnectionSpecParser parser = new ConnectionSpecParser(environment);
        EnvironmentConfig env = environment(project, environmentName);
        if (database != null || env == null) {
            return parser.parse(database);
        }
        if (env.targets().size() != 1) {
            throw new UsageException("environment '" + env.name() + "' names " + env.targets().size()
                    + " databases and this command reads one: choose it with --db URL");
        }
        return parser.parse(env.targets().get(0).resolve(environment));
    }

    /**
     * The schemas the environment (else the project) manages, for a command that reads a database alone; a schema
     * pattern (one target per tenant schema) is left out: such a command reads every schema in use instead.
     */
    public List<String> schemas(Optional<ProjectConfig> project, String environmentName) {
        EnvironmentConfig env = environment(project, environmentName);
        List<String> schemas = env != null && env.schemas() != null ? env.schemas()
                : project.map(ProjectConfig::schemas).orElse(List.of());
        return schemas.stream().anyMatch(NamePattern::isPattern) ? List.of() : schemas;
    }

    private static EnvironmentConfig environment(Optional<ProjectConfig> project, String name) {
        if (name == null) {
            return null;
        }
        ProjectConfig config = project.orElseThrow(() -> new UsageException("--env " + name + " needs a project "
                + "file, and there is no " + ProjectConfigReader.FILE_NAME + " here or above (up to the repository "
                + "root): create one with 'converge init', or give --config FILE"));
        return config.environment(name).orElseThrow(() -> new UsageException("no environment '" + name + "' in "
                + config.file() + Suggestions.didYouMean(name, config.environments().keySet()) + (config.environments().isEmpty() ? " (it defines none)"
                : "; defined: " + String.join(", ", config.environments().keySet()))));
    }

    private static Optional<String> schemaPattern(List<String> schemas) {
        if (schemas.size() == 1 && NamePattern.isPattern(schemas.get(0))) {
            return Optional.of(schemas.get(0));
        }
        if (schemas.stream().anyMatch(NamePattern::isPattern)) {
            throw new UsageException("a schema pattern (" + schemas + ") must be the only schema given");
        }
        return Optional.empty();
    }

    /** One target per schema matching the pattern in each database; the schema is its search path. */
    private List<NamedTarget> perSchema(List<NamedTarget> databases, String pattern) {
        List<NamedTarget> targets = new ArrayList<>();
        for (NamedTarget database : databases) {
            Target base = database.target();
            List<String> matching = schemaLister.apply(base.database()).stream()
                    .filter(schema -> NamePattern.matches(pattern, schema)).toList();
            if (matching.isEmpty()) {
                throw new ConvergeException("no schema of " + database.name() + " matches '" + pattern + "'");
            }
            for (String schema : matching) {
                Target tenant = new Target(base.database().withParameter("currentSchema", schema), base.desired(),
                        Set.of(schema), base.devServer(), base.filter(), base.cache(),
                        base.emptyDesiredStateAllowed());
                targets.add(new NamedTarget(schema + " @ " + database.name(), tenant));
            }
        }
        return targets;
    }
}
