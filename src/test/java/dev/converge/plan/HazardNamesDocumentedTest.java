package dev.converge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Every hazard name (and {@code all}) is listed wherever a user looks for the names to write: the converge.yaml
 * that {@code converge init} writes, docs/environments.md, docs/safety.md and docs/json-format.md. A new hazard
 * that one of them misses fails here, so the lists cannot drift apart again (issue 14: three were missing).
 */
class HazardNamesDocumentedTest {

    @Test
    void theInitTemplateListsEveryName() throws IOException {
        String template;
        try (InputStream in = getClass().getResourceAsStream("/dev/converge/app/converge-starter.yaml")) {
            assertThat(in).as("the init template").isNotNull();
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the names wrap over several comment lines
        String known = template.substring(template.indexOf("Known:")).replaceAll("\\s*\\n\\s*#\\s*", " ");
        for (String name : Hazard.selectionNames()) {
            assertThat(known).as("init template lists %s", name).containsPattern("[ ,]" + name + "[,; ]");
        }
    }

    @Test
    void theDocsListEveryName() throws IOException {
        String environments = Files.readString(Path.of("docs/environments.md"));
        String safety = Files.readString(Path.of("docs/safety.md"));
        String json = Files.readString(Path.of("docs/json-format.md"));
        for (Hazard hazard : Hazard.values()) {
            String quoted = "`" + hazard.flagName() + "`";
            assertThat(environments).as("docs/environments.md lists %s", hazard).contains(quoted);
            assertThat(safety).as("docs/safety.md's table has %s", hazard).contains("| " + quoted);
            assertThat(json).as("docs/json-format.md lists %s", hazard).contains(quoted);
        }
        assertThat(environments).contains("`" + Hazard.ALL + "`", "allow_hazards: [all]");
        assertThat(safety).contains("--allow-hazard all");
    }
}
