package dev.converge.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generative tier (issue 13): random schema pairs through the convergence checks of {@link SchemaPairCheck}.
 * A normal run checks a few fixed seeds. {@code -Dfuzz.minutes=N} (or {@code CONVERGE_FUZZ_MINUTES}) checks random
 * seeds until N minutes have passed (consecutive seeds from M with {@code -Dfuzz.from=M}, up to {@code -Dfuzz.to=N});
 * {@code -Dfuzz.seeds=a,b} checks just those (to reproduce a failure). A failing case is saved under
 * {@code target/fuzz-failures/} and becomes a case of {@link FuzzRegressionTest}. See docs/fuzzing.md.
 */
class SchemaPairFuzzTest {

    /** Seeds of the normal run: one pair takes 20-45 s, and the normal run should stay within about a minute. */
    private static final long[] FIXED = {4};

    private static FuzzRoles roles;

    @BeforeAll
    static void createRoles() {
        roles = new FuzzRoles();
    }

    @AfterAll
    static void dropRoles() {
        roles.close();
    }

    @TestFactory
    Stream<DynamicTest> schemaPairsConverge() {
        return seeds().mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed, roles.names)));
    }

    static void check(long seed, List<String> roleNames) throws Exception {
        FuzzCase pair = FuzzCase.of(SchemaPairGenerator.generate(seed, roleNames));
        Path work = Path.of("target", "fuzz-work", "seed-" + seed);
        new SchemaPairCheck(pair, roleNames, work).run();
        FuzzFiles.delete(work);
    }

    private static LongStream seeds() {
        String explicit = System.getProperty("fuzz.seeds", "");
        if (!explicit.isBlank()) {
            return Stream.of(explicit.split(",")).mapToLong(s -> Long.parseLong(s.strip()));
        }
        String minutes = System.getProperty("fuzz.minutes", System.getenv("CONVERGE_FUZZ_MINUTES"));
        if (minutes == null || minutes.isBlank()) {
            return LongStream.of(FIXED);
        }
        long deadline = System.nanoTime() + (long) (Double.parseDouble(minutes) * 60e9);
        String from = System.getProperty("fuzz.from", "");
        if (!from.isBlank()) {
            // Consecutive seeds from N: a bounded run that gives the same pairs on every machine (CI), only more or
            // fewer of them as time allows.
            long last = Long.parseLong(System.getProperty("fuzz.to", Long.toString(Long.MAX_VALUE)).strip());
            return LongStream.iterate(Long.parseLong(from.strip()), seed -> seed + 1)
                    .takeWhile(seed -> seed <= last && System.nanoTime() < deadline);
        }
        SplittableRandom random = new SplittableRandom();
        // Non-negative seeds, so that -Dfuzz.seeds=N reproduces one without a leading minus sign to quote.
        return LongStream.generate(() -> random.nextLong() & Long.MAX_VALUE)
                .takeWhile(seed -> System.nanoTime() < deadline);
    }
}
