package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.error.ConvergeException;
import dev.converge.error.UsageException;
import dev.converge.model.QualifiedName;
import dev.converge.plan.Hazard;
import dev.converge.source.config.ProjectConfig;
import dev.converge.source.config.ProjectConfigReader;

/** From the command line and converge.yaml to targets: environments, variables, and flags winning over the file. */
class EnvironmentResolverTest {

    private static final Optional<ProjectConfig> PROJECT = Optional.of(ProjectConfigReader.parse(
            Path.of("/repo/converge.yaml"), """
                    desired: schema/
                    schemas: [public]
                    exclude: [flyway_schema_history]
                    environments:
                      staging:
                        url_env: STAGING_URL
                        dev_db_env: DEV_URL
                        policy: {allow_hazards: [index-build], require_approved_plan: true}
                      fleet:
                        targets:
                          - {name: one, url: "postgresql://app@h1/shop"}
                          - {name: two, url_env: TWO_URL}
                        parallel: 2
                      tenants:
                        url: postgresql://app@h/saas
                        schemas: tenant_*
                    """));

    private static final Map<String, String> ENV = Map.of("STAGING_URL", "postgresql://app:s3cret@staging:6543/shop",
            "DEV_URL", "postgresql://dev@devhost/postgres", "TWO_URL", "postgresql://app@h2/shop");

    private final EnvironmentResolver resolver = new EnvironmentResolver(ENV,
            spec -> List.of("public", "tenant_a", "tenant_b", "template"));

    private static RunRequest request(String env) {
        return new RunRequest(null, env, null, List.of(), List.of(), null, null);
    }

    @Test
    void anEnvironmentNeedsNoOtherFlag() {
        ResolvedRun run = resolver.resolve(PROJECT, request("staging"));
        assertThat(run.environment()).isEqualTo("staging");
        assertThat(run.multiTarget()).isFalse();
        Target target = run.targets().get(0).target();
        assertThat(target.database().host()).isEqualTo("staging");
        assertThat(target.database().port()).isEqualTo(6543);
        assertThat(target.database().hasPassword()).isTrue();
        assertThat(run.targets().get(0).name()).doesNotContain("s3cret");
        assertThat(target.devServer().explicitServer().host()).isEqualTo("devhost");
        assertThat(target.desired()).containsExactly(Path.of("/repo/schema"));
        assertThat(target.schemas()).containsExactly("public");
        assertThat(target.filter().keeps(QualifiedName.of("public", "flyway_schema_history"))).isFalse();
        assertThat(target.filter().keeps(QualifiedName.of("public", "orders"))).isTrue();
        assertThat(run.policy().allowedHazards()).containsExactly(Hazard.INDEX_BUILD);
        assertThat(run.policy().requireApprovedPlan()).isTrue();
        assertThat(run.parallel()).isEqualTo(EnvironmentResolver.DEFAULT_PARALLEL);
    }

    @Test
    void devDbNamesTheTargetsServerThePrivateServerOrAUrl() {
        for (var expected : java.util.Map.of("target", DevServerChoice.TargetServer.class,
                "private", DevServerChoice.PrivateServer.class,
                "postgresql://me@otherdev/postgres", DevServerChoice.Server.class).entrySet()) {
            ResolvedRun run = resolver.resolve(PROJECT, new RunRequest(null, null, "postgresql://me@local/mine",
                    List.of(Path.of("other")), List.of(), expected.getKey(), null));
            assertThat(run.targets().get(0).target().devServer()).isInstanceOf(expected.getValue());
        }
        ResolvedRun byDefault = resolver.resolve(PROJECT, new RunRequest(null, null, "postgresql://me@local/mine",
                List.of(Path.of("other")), List.of(), null, null));
        assertThat(byDefault.targets().get(0).target().devServer()).isEqualTo(DevServerChoice.DEFAULT);
    }

    @Test
    void flagsOverrideTheFile() {
        ResolvedRun run = resolver.resolve(PROJECT, new RunRequest(null, "staging", "postgresql://me@local/mine",
                List.of(Path.of("other")), List.of("billing"), "postgresql://me@otherdev/postgres", 7));
        Target target = run.targets().get(0).target();
        assertThat(target.database().host()).isEqualTo("local");
        assertThat(target.desired()).containsExactly(Path.of("other"));
        assertThat(target.schemas()).containsExactly("billing");
        assertThat(target.devServer().explicitServer().host()).isEqualTo("otherdev");
        assertThat(run.parallel()).isEqualTo(7);
        assertThat(run.policy().requireApprovedPlan()).isTrue(); // --db replaces the database, not the policy
    }

    @Test
    void withoutAnEnvironmentTheProjectStillGivesPathsSchemasAndFilter() {
        ResolvedRun run = resolver.resolve(PROJECT, new RunRequest(null, null, "postgresql://me@local/mine",
                List.of(), List.of(), null, null));
        assertThat(run.environment()).isNull();
        Target target = run.targets().get(0).target();
        assertThat(target.desired()).containsExactly(Path.of("/repo/schema"));
        assertThat(target.schemas()).containsExactly("public");
        assertThat(target.filter().exclude()).containsExactly("flyway_schema_history");
    }

    @Test
    void manyTargetsKeepTheirNamesAndOrder() {
        ResolvedRun run = resolver.resolve(PROJECT, request("fleet"));
        assertThat(run.multiTarget()).isTrue();
        assertThat(run.targets()).extracting(NamedTarget::name).containsExactly("one", "two");
        assertThat(run.targets()).extracting(t -> t.target().database().host()).containsExactly("h1", "h2");
        assertThat(run.parallel()).isEqualTo(2);
    }

    @Test
    void aSchemaPatternMakesEachMatchingSchemaATarget() {
        ResolvedRun run = resolver.resolve(PROJECT, request("tenants"));
        assertThat(run.targets()).extracting(NamedTarget::name)
                .containsExactly("tenant_a @ postgresql://app@h:5432/saas", "tenant_b @ postgresql://app@h:5432/saas");
        Target tenant = run.targets().get(1).target();
        assertThat(tenant.schemas()).isEqualTo(Set.of("tenant_b"));
        assertThat(tenant.database().parameters()).containsEntry("currentSchema", "tenant_b");
    }

    @Test
    void aPatternMatchingNoSchemaIsAnError() {
        EnvironmentResolver none = new EnvironmentResolver(ENV, spec -> List.of("public"));
        assertThatThrownBy(() -> none.resolve(PROJECT, request("tenants")))
                .isInstanceOf(ConvergeException.class)
                .hasMessageContaining("no schema of postgresql://app@h:5432/saas matches 'tenant_*'");
    }

    @Test
    void mistakesAreUsageOrConfigErrors() {
        assertThatThrownBy(() -> resolver.resolve(PROJECT, request("prod")))
                .isInstanceOf(UsageException.class)
                .hasMessage("no environment 'prod' in /repo/converge.yaml; defined: fleet, staging, tenants");
        assertThatThrownBy(() -> resolver.resolve(Optional.empty(), request("staging")))
                .isInstanceOf(UsageException.class).hasMessageContaining("converge init");
        assertThatThrownBy(() -> resolver.resolve(Optional.empty(), request(null)))
                .isInstanceOf(UsageException.class).hasMessageContaining("--desired");
        EnvironmentResolver unset = new EnvironmentResolver(Map.of("DEV_URL", "postgresql://d@dev/p"), spec -> List.of());
        assertThatThrownBy(() -> unset.resolve(PROJECT, request("staging")))
                .isInstanceOf(UsageException.class)
                .hasMessage("/repo/converge.yaml:6: environments.staging.url_env: environment variable STAGING_URL "
                        + "is not set (it should hold the database URL)");
    }
}
