package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.converge.diff.Differ;
import dev.converge.testing.TestDatabase;
import dev.converge.testing.TestServer;

/**
 * YAML is another way to write the same DDL: a desired state written in YAML and the same one written in SQL
 * must give the same catalog (read back from the dev database) and an empty diff, and a database built from the
 * SQL must have nothing to do when planned against the YAML.
 */
class YamlEquivalenceTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(YamlEquivalenceTest.class.getResource("/" + name).toURI());
    }

    static DesiredState read(Path... paths) {
        return new DesiredStateReader(Progress.SILENT).read(List.of(paths), TestServer.admin(), Set.of(), Set.of(),
                List.of("public"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"objects", "definitions"})
    void yamlAndSqlGiveTheSameCatalog(String scenario) throws Exception {
        Path dir = resource("yaml-equivalence/" + scenario);
        DesiredState sql = read(dir.resolve("desired.sql"));
        DesiredState yaml = read(dir.resolve("desired.yaml"));

        assertThat(yaml.schemas()).isEqualTo(sql.schemas());
        assertThat(yaml.catalog()).isEqualTo(sql.catalog());
        assertThat(Differ.diff(sql.catalog(), yaml.catalog()).isEmpty()).isTrue();
        assertThat(Differ.diff(yaml.catalog(), sql.catalog()).isEmpty()).isTrue();
        assertThat(yaml.unmanagedObjects()).isEqualTo(sql.unmanagedObjects());
        assertThat(yaml.catalog().objectCount()).isGreaterThan(15);
    }

    @Test
    void shopWrittenInYamlEqualsShopWrittenInSql() throws Exception {
        Path examples = Path.of("schema-examples");
        DesiredState sql = read(examples.resolve("shop/v1"));
        DesiredState yaml = read(examples.resolve("shop-yaml/v1"));

        assertThat(yaml.catalog()).isEqualTo(sql.catalog());
        assertThat(Differ.diff(sql.catalog(), yaml.catalog()).isEmpty()).isTrue();
    }

    @Test
    void aDatabaseBuiltFromSqlHasNothingToDoAgainstTheYaml() throws Exception {
        Path dir = resource("yaml-equivalence/objects");
        String sql = java.nio.file.Files.readString(dir.resolve("desired.sql"));
        try (TestDatabase target = TestDatabase.withSql(sql)) {
            PlanResult result = new PlanWorkflow(Progress.SILENT)
                    .plan(new Target(target.spec(), List.of(dir.resolve("desired.yaml")), Set.of(), null));
            assertThat(result.plan().statements()).isEmpty();
        }
    }
}
