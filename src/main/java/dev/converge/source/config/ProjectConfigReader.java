package dev.converge.source.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import dev.converge.error.ConfigException;
import dev.converge.model.NamePattern;
import dev.converge.plan.Hazard;
import dev.converge.source.git.GitRevisionPath;
import dev.converge.source.yaml.Suggestions;

/**
 * Reads converge.yaml. The YAML is composed into a node tree (SafeConstructor options, no object construction,
 * aliases limited) and walked key by key, so that every mistake is reported as {@code file:line: key: problem}
 * instead of surfacing later as a wrong plan.
 */
public final class ProjectConfigReader {

    /** The file name looked for in the working directory and its parents, up to the repository root. */
    public static final String FILE_NAME = "converge.yaml";

    private static final Set<String> TOP_KEYS = Set.of("version", "desired", "schemas", "include", "exclude",
            "environments", "lint");
    private static final Set<String> ENVIRONMENT_KEYS = Set.of("url", "url_env", "targets", "schemas", "dev_db",
            "dev_db_env", "parallel", "policy");
    private static final Set<String> TARGET_KEYS = Set.of("name", "url", "url_env");
    private static final Set<String> POLICY_KEYS = Set.of("allow_hazards", "allow_destructive",
            "require_approved_plan", "backup");
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private ProjectConfigReader() {
    }

    /**
     * The project file that applies in {@code directory}: converge.yaml there or in the nearest parent, not looking
     * above the repository root (the first directory that holds {@code .git}).
     */
    public static Optional<Path> find(Path directory) {
        Path start = directory.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                // Relative to the working directory when inside it, so that messages read "converge.yaml:12: ...".
                Path workingDirectory = Path.of("").toAbsolutePath();
                return Optional.of(candidate.startsWith(workingDirectory)
                        ? workingDirectory.relativize(candidate) : candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static ProjectConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("reading the project file " + file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException("reading the project file " + file + ": " + e.getMessage(), e);
        }
        return parse(file, text);
    }

    /** Parses the text of a project file; {@code file} names it in messages and anchors relative paths. */
    public static ProjectConfig parse(Path file, String text) {
        Node root = compose(file, text);
        if (root == null) {
            return new ProjectConfig(file, List.of(), List.of(), List.of(), List.of(), Map.of());
        }
        Map<String, ConfigNode> top = new ConfigNode(root, file, "").mapping(TOP_KEYS);
        if (top.containsKey("version") && !"1".equals(top.get("version").string())) {
            throw top.get("version").location().error("unsupported version; this Converge reads version 1");
        }
        Path base = file.toAbsolutePath().getParent();
        List<Path> desired = new ArrayList<>();
        if (top.containsKey("desired")) {
            // A git:REV:PATH entry keeps its prefix; its PATH is made absolute like a plain path's.
            top.get("desired").strings().forEach(p -> desired.add(GitRevisionPath.isGit(p)
                    ? GitRevisionPath.resolveAgainst(base, p) : base.resolve(p).normalize()));
        }
        List<String> schemas = optionalStrings(top, "schemas");
        for (String schema : schemas) {
            if (NamePattern.isPattern(schema)) {
                throw top.get("schemas").location().error("a schema pattern ('" + schema + "') belongs in an "
                        + "environment, where each matching schema becomes a target");
            }
        }
        Map<String, EnvironmentConfig> environments = new LinkedHashMap<>();
        if (top.containsKey("environments")) {
            top.get("environments").mapping(null).forEach((name, node) -> {
                if (!ENVIRONMENT_NAME.matcher(name).matches()) {
                    throw node.location().error("an environment name is letters, digits, '_', '-' and '.'");
                }
                environments.put(name, environment(name, node));
            });
        }
        return new ProjectConfig(file, desired, schemas, optionalStrings(top, "include"),
                optionalStrings(top, "exclude"), environments, LintConfigReader.read(top.get("lint")));
    }

    private static Node compose(Path file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(1024 * 1024);
        try (Reader reader = new java.io.StringReader(text)) {
            return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                    new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options)
                    .compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new ConfigException(file + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException | IOException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private static EnvironmentConfig environment(String name, ConfigNode node) {
        Map<String, ConfigNode> keys = node.mapping(ENVIRONMENT_KEYS);
        List<DatabaseRef> targets = new ArrayList<>();
        DatabaseRef single = database(null, keys.get("url"), keys.get("url_env"), node);
        if (single != null) {
            targets.add(single);
        }
        if (keys.containsKey("targets")) {
            if (single != null) {
                throw keys.get("targets").location().error("give either url/url_env or targets, not both");
            }
            for (ConfigNode item : keys.get("targets").items()) {
                targets.add(target(item));
            }
        }
        if (targets.isEmpty()) {
            throw node.location().error("environment '" + name + "' names no database: add url_env (the name "
                    + "of the variable holding its URL), url, or targets");
        }
        List<String> schemas = keys.containsKey("schemas") ? keys.get("schemas").strings() : null;
        if (schemas != null && schemas.size() > 1 && schemas.stream().anyMatch(NamePattern::isPattern)) {
            throw keys.get("schemas").location().error("a schema pattern must be the only entry");
        }
        DatabaseRef dev = database(null, keys.get("dev_db"), keys.get("dev_db_env"), node);
        Integer parallel = keys.containsKey("parallel") ? keys.get("parallel").positiveInt() : null;
        PolicyConfig policy = keys.containsKey("policy") ? policy(keys.get("policy")) : PolicyConfig.DEFAULT;
        return new EnvironmentConfig(name, targets, schemas, dev, parallel, policy, node.location());
    }

    private static DatabaseRef target(ConfigNode item) {
        if (item.isScalar()) {
            return new DatabaseRef(null, item.string(), null, item.location());
        }
        Map<String, ConfigNode> keys = item.mapping(TARGET_KEYS);
        String name = keys.containsKey("name") ? keys.get("name").string() : null;
        DatabaseRef ref = database(name, keys.get("url"), keys.get("url_env"), item);
        if (ref == null) {
            throw item.location().error("a target needs url_env or url");
        }
        return ref;
    }

    /** A database from a literal-URL key and a variable-name key of which at most one may be present. */
    private static DatabaseRef database(String name, ConfigNode url, ConfigNode urlEnv, ConfigNode owner) {
        if (url != null && urlEnv != null) {
            throw urlEnv.location().error("give either the URL or the variable that holds it, not both");
        }
        if (url != null) {
            return new DatabaseRef(name, url.string(), null, url.location());
        }
        if (urlEnv != null) {
            return new DatabaseRef(name, null, urlEnv.string(), urlEnv.location());
        }
        return null;
    }

    private static PolicyConfig policy(ConfigNode node) {
        Map<String, ConfigNode> keys = node.mapping(POLICY_KEYS);
        Set<Hazard> hazards = null;
        if (keys.containsKey("allow_hazards")) {
            hazards = EnumSet.noneOf(Hazard.class);
            for (ConfigNode item : keys.get("allow_hazards").items()) {
                hazards.addAll(hazard(item));
            }
        }
        Boolean destructive = keys.containsKey("allow_destructive") ? keys.get("allow_destructive").bool() : null;
        boolean approved = keys.containsKey("require_approved_plan") && keys.get("require_approved_plan").bool();
        boolean backup = keys.containsKey("backup") && keys.get("backup").bool();
        return new PolicyConfig(hazards, destructive, approved, backup);
    }

    /** One hazard by name, or all of them ({@code all}: for development databases). */
    private static Set<Hazard> hazard(ConfigNode item) {
        String name = item.string();
        return Hazard.selection(name).orElseThrow(() -> item.location().error("unknown hazard '" + name
                + "'" + Suggestions.didYouMean(name, Hazard.selectionNames()) + " (known: "
                + String.join(", ", Hazard.selectionNames()) + ")"));
    }

    private static List<String> optionalStrings(Map<String, ConfigNode> keys, String key) {
        return keys.containsKey(key) ? keys.get(key).strings() : List.of();
    }
}
