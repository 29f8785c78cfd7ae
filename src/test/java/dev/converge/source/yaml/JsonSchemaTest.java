package dev.converge.source.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JSON Schema that editors use (schema/converge-yaml.schema.json) names exactly the keys the loader accepts,
 * object kind by object kind, so completion never offers a key the loader rejects, nor misses one.
 */
class JsonSchemaTest {

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("(top level)", YamlDesiredState.KEYS),
                Arguments.of("schemaNode", SchemaObjects.SCHEMA_KEYS),
                Arguments.of("extension", SchemaObjects.EXTENSION_KEYS),
                Arguments.of("defaultPrivilege", SchemaObjects.DEFAULT_PRIVILEGE_KEYS),
                Arguments.of("enum", Types.ENUM_KEYS),
                Arguments.of("domain", Types.DOMAIN_KEYS),
                Arguments.of("composite", Types.COMPOSITE_KEYS),
                Arguments.of("sequence", Sequences.KEYS),
                Arguments.of("table", Tables.KEYS),
                Arguments.of("column", Tables.COLUMN_KEYS),
                Arguments.of("partitionColumn", Tables.PARTITION_COLUMN_KEYS),
                Arguments.of("attachedIndex", Tables.ATTACHED_INDEX_KEYS),
                Arguments.of("constraint", Constraints.KEYS),
                Arguments.of("excludeElement", Constraints.EXCLUDE_KEYS),
                Arguments.of("index", Indexes.KEYS),
                Arguments.of("keyPart", Indexes.KEY_KEYS),
                Arguments.of("trigger", Triggers.KEYS),
                Arguments.of("policy", Policies.KEYS),
                Arguments.of("grant", Grants.KEYS),
                Arguments.of("view", Views.VIEW_KEYS),
                Arguments.of("materializedView", Views.MATERIALIZED_KEYS),
                Arguments.of("function", Routines.FUNCTION_KEYS),
                Arguments.of("procedure", Routines.PROCEDURE_KEYS));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema() throws IOException {
        // JSON is YAML: SnakeYAML reads the schema without another dependency.
        String json = Files.readString(Path.of("schema/converge-yaml.schema.json"));
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    @SuppressWarnings("unchecked")
    void schemaPropertiesAreTheLoadersKeys(String definition, List<String> keys) throws IOException {
        Map<String, Object> schema = schema();
        Map<String, Object> node = definition.startsWith("(")
                ? schema : ((Map<String, Map<String, Object>>) schema.get("definitions")).get(definition);
        Map<String, Object> properties = (Map<String, Object>) node.get("properties");
        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(node.get("additionalProperties")).isEqualTo(false);
    }
}
