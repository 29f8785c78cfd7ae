package dev.converge.source.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.converge.error.ConfigException;
import dev.converge.plan.Hazard;

/** converge.yaml: what a good file means, and that every bad one is reported with file, line and key. */
class ProjectConfigReaderTest {

    private static final Path FILE = Path.of("/repo/converge.yaml");

    @Test
    void readsEveryKey() {
        ProjectConfig config = ProjectConfigReader.parse(FILE, """
                version: 1
                desired: [schema/, extra/more.sql]
                schemas: [public, billing]
                include: ["public.*", "billing.*"]
                exclude: [flyway_schema_history]
                environments:
                  staging:
                    url_env: STAGING_DATABASE_URL
                    dev_db_env: DEV_SERVER
                    parallel: 3
                    policy:
                      allow_hazards: [index-build, validates-rows]
                      allow_destructive: true
                      require_approved_plan: yes
                  production:
                    targets:
                      - postgresql://app@db1/shop
                      - name: eu
                        url_env: EU_URL
                    schemas: tenant_*
                """);
        assertThat(config.desired()).containsExactly(Path.of("/repo/schema"), Path.of("/repo/extra/more.sql"));
        assertThat(config.schemas()).containsExactly("public", "billing");
        assertThat(config.include()).containsExactly("public.*", "billing.*");
        assertThat(config.exclude()).containsExactly("flyway_schema_history");
        assertThat(config.environments().keySet()).containsExactly("production", "staging");

        EnvironmentConfig staging = config.environment("staging").orElseThrow();
        assertThat(staging.targets()).singleElement().satisfies(t -> {
            assertThat(t.urlEnv()).isEqualTo("STAGING_DATABASE_URL");
            assertThat(t.location().line()).isEqualTo(8);
        });
        assertThat(staging.devDatabase().urlEnv()).isEqualTo("DEV_SERVER");
        assertThat(staging.parallel()).isEqualTo(3);
        assertThat(staging.schemas()).isNull();
        assertThat(staging.policy()).isEqualTo(new PolicyConfig(Set.of(Hazard.INDEX_BUILD, Hazard.VALIDATES_ROWS),
                true, true));

        EnvironmentConfig production = config.environment("production").orElseThrow();
        assertThat(production.targets()).extracting(DatabaseRef::name).containsExactly(null, "eu");
        assertThat(production.targets().get(0).resolve(Map.of())).isEqualTo("postgresql://app@db1/shop");
        assertThat(production.targets().get(1).resolve(Map.of("EU_URL", " postgresql://eu/shop ")))
                .isEqualTo("postgresql://eu/shop");
        assertThat(production.schemaPattern()).isEqualTo("tenant_*");
        assertThat(production.policy()).isEqualTo(PolicyConfig.DEFAULT);
    }

    @Test
    void backupPolicyKey() {
        ProjectConfig config = ProjectConfigReader.parse(FILE, """
                version: 1
                environments:
                  production:
                    url_env: PROD_URL
                    policy:
                      backup: true
                """);
        PolicyConfig policy = config.environment("production").orElseThrow().policy();
        assertThat(policy.backup()).isTrue();
        assertThat(policy.allowDestructive()).isNull();
        assertThat(PolicyConfig.DEFAULT.backup()).isFalse();
    }

    @Test
    void emptyFileIsAnEmptyProject() {
        ProjectConfig config = ProjectConfigReader.parse(FILE, "# nothing yet\n");
        assertThat(config.desired()).isEmpty();
        assertThat(config.environments()).isEmpty();
    }

    @Test
    void unsetVariableNamesFileLineAndKey() {
        ProjectConfig config = ProjectConfigReader.parse(FILE, """
                environments:
                  staging:
                    url_env: STAGING_DATABASE_URL
                """);
        DatabaseRef ref = config.environment("staging").orElseThrow().targets().get(0);
        assertThatThrownBy(() -> ref.resolve(Map.of()))
                .isInstanceOf(dev.converge.error.UsageException.class)
                .hasMessage("/repo/converge.yaml:3: environments.staging.url_env: environment variable "
                        + "STAGING_DATABASE_URL is not set (it should hold the database URL)");
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            colour: red                                                         | 1 | colour                       | unknown key (expected one of: desired, environments
            version: 2                                                          | 1 | version                      | unsupported version
            desired: {a: b}                                                     | 1 | desired                      | expected a text value, found a mapping
            schemas: [public, 'tenant_*']                                       | 1 | schemas                      | a schema pattern ('tenant_*') belongs in an environment
            environments: {staging: {}}                                         | 1 | environments.staging         | names no database
            environments:\\n  staging:\\n    urlenv: X                         | 3 | environments.staging.urlenv  | unknown key; did you mean "url_env"? (expected one of: dev_db
            environments:\\n  staging:\\n    url: a\\n    url_env: X           | 4 | environments.staging.url_env | not both
            environments:\\n  s:\\n    url_env: X\\n    parallel: 0            | 4 | environments.s.parallel      | at least 1, found '0'
            environments:\\n  s:\\n    url_env: X\\n    policy:\\n      allow_hazards: [index-build, rewrite] | 5 | environments.s.policy.allow_hazards[1] | unknown hazard 'rewrite' (known: deletes-data, table-rewrite
            environments:\\n  s:\\n    url_env: X\\n    policy: {allow_destructive: maybe} | 4 | environments.s.policy.allow_destructive | expected true or false, found 'maybe'
            environments:\\n  s:\\n    targets:\\n      - name: eu           | 4 | environments.s.targets[0]    | a target needs url_env or url
            environments:\\n  's p':\\n    url_env: X                         | 3 | environments.s p             | an environment name is
            environments:\\n  s:\\n    url_env: X\\n    schemas: [a, 'b*']     | 4 | environments.s.schemas       | a schema pattern must be the only entry
            desired: a\\ndesired: b                                             | 2 | desired                      | duplicate key
            """)
    void badFilesNameLineAndKey(String yaml, int line, String key, String problem) {
        assertThatThrownBy(() -> ProjectConfigReader.parse(FILE, yaml.replace("\\n", "\n")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("/repo/converge.yaml:" + line + ": " + key + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void invalidYamlNamesTheLine() {
        assertThatThrownBy(() -> ProjectConfigReader.parse(FILE, "desired: schema/\nenvironments:\n  - a\n b: c\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("/repo/converge.yaml:4: not valid YAML:");
    }

    @Test
    void yamlTagsCannotConstructObjects() {
        assertThatThrownBy(() -> ProjectConfigReader.parse(FILE,
                "desired: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("/repo/converge.yaml:1: not valid YAML: Global tag is not allowed");
    }

    @Test
    void findsTheFileInAParentButNotAboveTheRepositoryRoot(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path nested = Files.createDirectories(repo.resolve("db/schema"));
        assertThat(ProjectConfigReader.find(nested)).isEmpty();
        Files.writeString(dir.resolve("converge.yaml"), "desired: x\n"); // above the root: not this project's
        assertThat(ProjectConfigReader.find(nested)).isEmpty();
        Files.writeString(repo.resolve("converge.yaml"), "desired: x\n");
        assertThat(ProjectConfigReader.find(nested)).get()
                .satisfies(p -> assertThat(p.toAbsolutePath()).isEqualTo(repo.resolve("converge.yaml")));
    }

    @Test
    void missingFileIsAConfigError() {
        assertThatThrownBy(() -> ProjectConfigReader.read(Path.of("no/such/converge.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no/such/converge.yaml: no such file");
    }
}
