package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.diff.Differ;
import dev.converge.source.yaml.YamlWriter;
import dev.converge.testing.TestServer;

/**
 * SQL -> catalog -> YAML -> catalog gives the same catalog: the writer prints every record so that the loader
 * reads it back exactly, for the examples and for every convergence scenario's desired state.
 */
class YamlRoundTripTest {

    @TempDir
    Path dir;

    /** Scenarios that add object kinds or spellings the fixed sources do not have. */
    private static final Set<String> SCENARIOS = Set.of("constraint_trigger", "empty_desired",
            "function_overloads", "grants_schema_sequence", "matview_with_index", "partitions_managed",
            "partitioned_index_on_only", "partitioned_index_renamed", "partitioned_local_keys",
            "partitioned_local_not_null", "partition_column_changes", "partition_check_copies_validated",
            "quoted_identifiers",
            "settings_cluster_index", "settings_columns", "storage_parameters");

    /**
     * The examples, the equivalence scenarios and some convergence scenarios; with
     * {@code -Dconverge.roundTrip=all}, every convergence scenario (all pass; it takes minutes).
     * {@code borrowed_schema} is left out: its desired state needs a schema that exists on the target.
     */
    static Stream<String> sources() throws IOException, URISyntaxException {
        Path convergence = Path.of(YamlRoundTripTest.class.getResource("/convergence").toURI());
        Path equivalence = Path.of(YamlRoundTripTest.class.getResource("/yaml-equivalence").toURI());
        boolean all = "all".equals(System.getProperty("converge.roundTrip"));
        Stream<String> fixed = Stream.of("schema-examples/shop/v1",
                equivalence.resolve("objects/desired.sql").toString(),
                equivalence.resolve("definitions/desired.sql").toString());
        try (Stream<Path> scenarios = Files.list(convergence)) {
            return Stream.concat(fixed, scenarios
                    .filter(p -> all ? !p.getFileName().toString().equals("borrowed_schema")
                            : SCENARIOS.contains(p.getFileName().toString()))
                    .map(p -> p.resolve("desired.sql")).filter(Files::exists)
                    .map(Path::toString).sorted().toList().stream());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void sqlToYamlAndBackGivesTheSameCatalog(String source) throws IOException {
        DesiredState sql = YamlEquivalenceTest.read(Path.of(source));
        String yaml = YamlWriter.write(sql.catalog());
        Path file = Files.writeString(dir.resolve("desired.yaml"), yaml);

        // The same schemas, as inspect and plan would name them with --schema.
        DesiredState back = new DesiredStateReader(Progress.SILENT).read(List.of(file), TestServer.admin(),
                sql.schemas(), Set.of(), List.of("public"));

        assertThat(back.catalog()).as("catalog read back from:\n%s", yaml).isEqualTo(sql.catalog());
        assertThat(Differ.diff(sql.catalog(), back.catalog()).isEmpty()).isTrue();
        assertThat(YamlWriter.write(back.catalog())).isEqualTo(yaml);
    }
}
