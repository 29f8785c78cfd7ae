package dev.converge.source.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.converge.error.DesiredStateException;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlStatement;

/**
 * Fuzzes the YAML desired-state loader with Jazzer for crashes and hangs, as {@code SqlSplitterFuzzTest} does for
 * the SQL splitter. Without {@code JAZZER_FUZZ=1} it replays the seeds in
 * {@code YamlLoaderFuzzTestInputs/loaderKeepsItsContract} (valid documents and broken ones); with it, Jazzer mutates
 * them for {@code maxDuration}.
 *
 * <p>The contract on every input: the loader either renders statements or throws a {@link DesiredStateException}
 * whose message names the file; nothing else escapes (no SnakeYAML exception, no NullPointerException); every
 * statement is non-empty SQL; and a few kilobytes load in well under a second (alias bombs and deep nesting are
 * bounded by the loader's limits).
 */
class YamlLoaderFuzzTest {

    private static final String NAME = "fuzz.yaml";
    /**
     * A hang detector, not a speed target: a pathological input (a regular expression backtracking without end)
     * takes far longer; the first input also pays for loading classes, which on a busy machine took 4 s.
     */
    private static final long MAX_NANOS = 15_000_000_000L;

    @FuzzTest(maxDuration = "20s")
    void loaderKeepsItsContract(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<SqlStatement> statements;
        long start = System.nanoTime();
        try {
            statements = YamlDesiredState.statements(new SourceFile(Path.of(NAME), NAME, text));
        } catch (DesiredStateException e) {
            assertThat(e.getMessage()).startsWith(NAME);
            return;
        } finally {
            assertThat(System.nanoTime() - start).as("load time (ns)").isLessThan(MAX_NANOS);
        }
        for (SqlStatement statement : statements) {
            assertThat(statement.sql()).isNotBlank();
            assertThat(statement.file().displayName()).isEqualTo(NAME);
        }
    }
}
