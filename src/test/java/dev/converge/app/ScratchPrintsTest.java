package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.source.SecondPrint;

/**
 * The cache of a dev server's second prints: what a second run finds, what it must not trust (another server's
 * answers, another scratch set-up, a damaged file), and that a refusal is remembered too. No database: the server is
 * a stand-in that counts the questions put to it.
 */
class ScratchPrintsTest {

    private static final List<String> PRIVATE_15 = List.of("private", "15.20", "C", "UTF8", "app");
    private static final List<String> PRIVATE_16 = List.of("private", "16.6", "C", "UTF8", "app");
    private static final List<String> SETUP = List.of("CREATE SCHEMA app", "CREATE TYPE app.mood AS ENUM ('ok')");

    @TempDir
    Path cacheDir;

    /** A server that prints every expression in upper case and refuses those naming "missing". */
    private static final class CountingServer implements ScratchPrints.Answerer {
        private final List<String> identity;
        final List<String> asked = new ArrayList<>();

        CountingServer(List<String> identity) {
            this.identity = identity;
        }

        @Override
        public Map<String, String> secondPrints(List<SecondPrint> prints, String what) {
            Map<String, String> printed = new HashMap<>();
            for (SecondPrint print : prints) {
                asked.add(print.key());
                if (!print.probe().contains("missing")) {
                    printed.put(print.key(), print.probe().toUpperCase());
                }
            }
            return printed;
        }

        @Override
        public List<String> identity() {
            return identity;
        }
    }

    private static SecondPrint print(int n, String expression) {
        String key = SecondPrint.scratchName(n);
        return new SecondPrint(key, List.of("CREATE TEMP TABLE " + key + " (v int CHECK (" + expression + "))"),
                expression);
    }

    private static final List<SecondPrint> QUESTIONS = List.of(print(0, "v between 1 and 2 and v <> 3"),
            print(1, "v in ('a', 'b') or v = 'c'"), print(2, "missing(v) and v > 1 and v < 9"));

    private Map<String, String> ask(List<String> identity, List<String> setup, CountingServer server) {
        ScratchPrints prints = new ScratchPrints(cacheDir, identity, setup, () -> server);
        Map<String, String> answers = prints.secondPrints(QUESTIONS, "test");
        prints.save();
        return answers;
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            List<Path> prints = files.filter(p -> p.toString().endsWith(".prints")).toList();
            assertThat(prints).hasSize(1);
            return prints.get(0);
        }
    }

    @Test
    void aSecondRunFindsEveryAnswerRefusalsIncludedWithoutAskingTheServer() {
        CountingServer first = new CountingServer(PRIVATE_15);
        Map<String, String> asked = ask(PRIVATE_15, SETUP, first);
        assertThat(first.asked).hasSize(3);
        assertThat(asked).containsOnlyKeys("converge_reparse_0", "converge_reparse_1");

        CountingServer second = new CountingServer(PRIVATE_15);
        Map<String, String> cached = new ScratchPrints(cacheDir, PRIVATE_15, SETUP, () -> {
            throw new AssertionError("the server was asked for although every answer is cached");
        }).secondPrints(QUESTIONS, "test");

        assertThat(cached).isEqualTo(asked);
        assertThat(second.asked).isEmpty();
    }

    @Test
    void onlyTheQuestionsTheCacheLacksGoToTheServer() {
        ask(PRIVATE_15, SETUP, new CountingServer(PRIVATE_15));
        CountingServer server = new CountingServer(PRIVATE_15);
        List<SecondPrint> more = new ArrayList<>(QUESTIONS);
        more.add(print(3, "v > 1 or v < 0 or v = 5"));

        Map<String, String> answers = new ScratchPrints(cacheDir, PRIVATE_15, SETUP, () -> server)
                .secondPrints(more, "test");

        assertThat(server.asked).containsExactly("converge_reparse_3");
        assertThat(answers).containsOnlyKeys("converge_reparse_0", "converge_reparse_1", "converge_reparse_3");
    }

    @Test
    void anotherServerOrAnotherScratchSetUpAsksAgain() {
        ask(PRIVATE_15, SETUP, new CountingServer(PRIVATE_15));

        CountingServer otherVersion = new CountingServer(PRIVATE_16);
        ask(PRIVATE_16, SETUP, otherVersion);
        assertThat(otherVersion.asked).hasSize(3);

        CountingServer otherSetup = new CountingServer(PRIVATE_15);
        ask(PRIVATE_15, List.of("CREATE SCHEMA app"), otherSetup);
        assertThat(otherSetup.asked).hasSize(3);
    }

    @Test
    void answersOfAFallbackServerAreNotStoredUnderTheServerThatWasAskedFor() {
        CountingServer fallback = new CountingServer(List.of("postgresql://db.example/", "15.4", "en_US", "app"));
        ask(PRIVATE_15, SETUP, fallback);
        assertThat(fallback.asked).hasSize(3);

        CountingServer again = new CountingServer(PRIVATE_15);
        ask(PRIVATE_15, SETUP, again);
        assertThat(again.asked).hasSize(3);
    }

    @Test
    void aFileOfAnotherServerPutInThisServersPlaceIsIgnored() throws IOException {
        ask(PRIVATE_16, SETUP, new CountingServer(PRIVATE_16));
        Path foreign = onlyFile();
        byte[] bytes = Files.readAllBytes(foreign);
        Files.delete(foreign);
        ask(PRIVATE_15, SETUP, new CountingServer(PRIVATE_15));
        Path mine = onlyFile();
        Files.write(mine, bytes);

        CountingServer server = new CountingServer(PRIVATE_15);
        ask(PRIVATE_15, SETUP, server);

        assertThat(server.asked).hasSize(3);
    }

    @Test
    void aCorruptOrTruncatedFileIsIgnoredAndRewritten() throws IOException {
        Map<String, String> expected = ask(PRIVATE_15, SETUP, new CountingServer(PRIVATE_15));
        Path file = onlyFile();
        byte[] whole = Files.readAllBytes(file);
        for (byte[] damaged : List.of(java.util.Arrays.copyOf(whole, whole.length - 3), "garbage".getBytes(),
                new byte[0], java.util.Arrays.copyOf(whole, whole.length + 1))) {
            Files.write(file, damaged);
            CountingServer server = new CountingServer(PRIVATE_15);
            assertThat(ask(PRIVATE_15, SETUP, server)).isEqualTo(expected);
            assertThat(server.asked).hasSize(3);
        }

        CountingServer rewritten = new CountingServer(PRIVATE_15);
        assertThat(ask(PRIVATE_15, SETUP, rewritten)).isEqualTo(expected);
        assertThat(rewritten.asked).isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenIsNotUsed() throws IOException {
        Path blocked = cacheDir.resolve("file-not-dir");
        Files.writeString(blocked, "x");
        CountingServer server = new CountingServer(PRIVATE_15);
        ScratchPrints prints = new ScratchPrints(blocked, PRIVATE_15, SETUP, () -> server);

        assertThat(prints.secondPrints(QUESTIONS, "test")).hasSize(2);
        prints.save();
    }
}
