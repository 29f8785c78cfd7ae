package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.converge.plan.Hazard;
import dev.converge.source.config.ProjectConfig;
import dev.converge.source.config.ProjectConfigReader;

/** The starter file of {@code converge init} is a valid project file that shows every key. */
class ProjectInitTest {

    @Test
    void theStarterFileParses() {
        ProjectConfig starter = ProjectConfigReader.parse(Path.of("/repo/converge.yaml"), ProjectInit.starter());
        assertThat(starter.desired()).containsExactly(Path.of("/repo/schema"));
        assertThat(starter.exclude()).containsExactly("flyway_schema_history", "public.spatial_ref_sys");
        assertThat(starter.environments().keySet()).containsExactly("dev", "production", "staging");
        assertThat(starter.environment("staging").orElseThrow().targets().get(0).urlEnv())
                .isEqualTo("STAGING_DATABASE_URL");
        assertThat(starter.environment("production").orElseThrow().targets()).hasSize(2);
        assertThat(starter.environment("production").orElseThrow().policy().allowedHazards())
                .containsExactlyInAnyOrder(Hazard.INDEX_BUILD, Hazard.VALIDATES_ROWS);
        for (String key : new String[] {"include:", "schemas:", "dev_db_env:", "require_approved_plan:",
                "tenant_*"}) {
            assertThat(ProjectInit.starter()).contains(key);
        }
    }
}
