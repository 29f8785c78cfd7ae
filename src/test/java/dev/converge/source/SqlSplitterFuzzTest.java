package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.converge.error.DesiredStateException;

/**
 * Fuzzes the SQL splitter with Jazzer for crashes and hangs. Without {@code JAZZER_FUZZ=1} (every ordinary
 * {@code mvn verify}) the test replays the seed corpus in {@code SqlSplitterFuzzTestInputs/splitterKeepsItsContract}
 * as a regression test; with it, Jazzer mutates inputs for {@code maxDuration} and writes any crashing input
 * there, where it becomes a regression seed. A hang is reported by Jazzer's per-input timeout.
 *
 * <p>The contract checked on every input: the splitter either returns statements or throws a
 * {@link DesiredStateException} whose message names the file; every statement is exactly the file's text at its
 * reported line and column; and a statement split again on its own is that one statement, unchanged.
 */
class SqlSplitterFuzzTest {

    private static final String NAME = "fuzz.sql";
    /**
     * A hang detector, not a speed target: a pathological input (a regular expression backtracking without end)
     * takes far longer; the first input also pays for loading classes, which on a busy machine took 4 s.
     */
    private static final long MAX_NANOS = 15_000_000_000L;

    @FuzzTest(maxDuration = "20s")
    void splitterKeepsItsContract(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        List<SqlStatement> statements;
        long start = System.nanoTime();
        try {
            statements = SqlSplitter.split(file(text));
        } catch (DesiredStateException e) {
            assertThat(e.getMessage()).startsWith(NAME + ":");
            return;
        } finally {
            // Splitting is linear: a fuzz input is a few KB, so a second means a hang or a quadratic blow-up.
            assertThat(System.nanoTime() - start).as("split time (ns)").isLessThan(MAX_NANOS);
        }
        for (SqlStatement statement : statements) {
            // Not isNotBlank(): Java counts control characters such as U+001F as blank, PostgreSQL does not.
            assertThat(statement.sql()).isNotEmpty();
            assertThat(" \t\n\r\f\u000B").doesNotContain(statement.sql().substring(0, 1));
            int offset = offsetOf(text, statement.line(), statement.column());
            assertThat(text.startsWith(statement.sql(), offset))
                    .as("statement at %d:%d is the file's text there", statement.line(), statement.column())
                    .isTrue();
            List<SqlStatement> again = SqlSplitter.split(file(statement.sql()));
            assertThat(again).as("a statement split on its own").hasSize(1);
            assertThat(again.get(0).sql()).isEqualTo(statement.sql());
        }
    }

    private static SourceFile file(String text) {
        return new SourceFile(Path.of(NAME), NAME, text);
    }

    /** The character offset of a 1-based line and column, counted as {@link TextPosition} counts them. */
    private static int offsetOf(String text, int line, int column) {
        TextPosition at = TextPosition.START;
        for (int i = 0; i <= text.length(); i++) {
            if (at.line() == line && at.column() == column && (i == text.length() || !Character.isLowSurrogate(text.charAt(i)))) {
                return i;
            }
            if (i < text.length()) {
                at = at.advance(text, i, i + 1);
            }
        }
        throw new AssertionError("no offset for " + line + ":" + column);
    }
}
