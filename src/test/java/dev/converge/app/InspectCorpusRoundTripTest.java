package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.source.DesiredStateLoader;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlSplitter;
import dev.converge.testing.TestDatabase;

/**
 * The inspect round trip over the conformance corpus ({@code ../shared/conformance/psqldef}): for every case whose
 * end state loads on PostgreSQL 15, build that state directly, {@code inspect} it, and {@code plan} against the same
 * database; the plan must be empty. It takes several minutes, so it runs only when asked:
 * {@code -Dconverge.corpus=../shared/conformance/psqldef} (with {@code -Dtest=InspectCorpusRoundTripTest}). It
 * {@code converge.corpus.only} (a regular expression) picks cases by name. It runs {@code converge.corpus.threads} cases at once (default 3), prints the count, writes every failure to {@code converge.corpus.report} (default
 * {@code inspect-corpus-report.txt}) and fails below {@code converge.corpus.floor}. Every case is inspected in each
 * format of {@code converge.corpus.formats} (default {@code sql,yaml}), counted per format; the floor applies to
 * each.
 */
class InspectCorpusRoundTripTest {

    private static final Pattern MIN_VERSION = Pattern.compile("\"min_pg_version\"\\s*:\\s*(\\d+)");

    @TempDir
    Path out;

    @Test
    void corpusEndStatesRoundTrip() throws Exception {
        String corpusProperty = System.getProperty("converge.corpus");
        if (corpusProperty == null || corpusProperty.isBlank()) {
            throw new IllegalStateException("this measurement needs the corpus: run it with "
                    + "-Dtest=InspectCorpusRoundTripTest -Dconverge.corpus=../shared/conformance/psqldef "
                    + "(the default build leaves it out: it takes many minutes)");
        }
        Path corpus = Path.of(corpusProperty);
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(corpus)) {
            cases = dirs.filter(d -> Files.exists(d.resolve("case.json"))).sorted().toList();
        }
        runSetups(cases);
        List<String> formats = List.of(System.getProperty("converge.corpus.formats", "sql,yaml").split(","));
        Map<String, Future<List<String>>> results = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("converge.corpus.threads", 3));
        try {
            for (Path dir : cases) {
                String meta = Files.readString(dir.resolve("case.json"));
                if (runnable(meta) && dir.getFileName().toString().matches(System.getProperty("converge.corpus.only",
                    ".*"))) {
                    results.put(dir.getFileName().toString(), pool.submit(() -> roundTrip(dir, meta, formats)));
                }
            }
        } finally {
            pool.shutdown();
        }
        int attempted = results.size();
        int[] roundTripped = new int[formats.size()];
        TreeMap<String, String> failures = new TreeMap<>();
        for (Map.Entry<String, Future<List<String>>> result : results.entrySet()) {
            List<String> perFormat = result.getValue().get();
            for (int i = 0; i < formats.size(); i++) {
                if (perFormat.get(i) == null) {
                    roundTripped[i]++;
                } else {
                    failures.put(result.getKey() + " [" + formats.get(i) + "]", perFormat.get(i));
                }
            }
        }
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < formats.size(); i++) {
            counts.append("inspect round trip (").append(formats.get(i)).append("): ").append(roundTripped[i])
                    .append('/').append(attempted).append(" corpus cases\n");
        }
        StringBuilder report = new StringBuilder(counts);
        failures.forEach((name, why) -> report.append(name).append(": ").append(why.replace('\n', ' '))
                .append('\n'));
        Files.writeString(Path.of(System.getProperty("converge.corpus.report", "inspect-corpus-report.txt")),
                report);
        System.out.print(counts);
        int floor = Integer.parseInt(System.getProperty("converge.corpus.floor", "0"));
        for (int i = 0; i < formats.size(); i++) {
            assertThat(roundTripped[i]).as("corpus cases that round-trip in %s (see the report)", formats.get(i))
                    .isGreaterThanOrEqualTo(floor);
        }
    }

    /** Cases whose end state loads as it is on PostgreSQL 15 and needs no extension beyond the standard ones. */
    private static boolean runnable(String meta) {
        Matcher min = MIN_VERSION.matcher(meta);
        if (min.find() && Integer.parseInt(min.group(1)) > 15) {
            return false;
        }
        return meta.contains("\"pg15_loads\": true") && !meta.contains("\"needs_extensions\"")
                && !meta.contains("\"expect_error\"");
    }

    /** The cluster-level role setups, each once. */
    private static void runSetups(List<Path> cases) throws Exception {
        List<String> seen = new ArrayList<>();
        for (Path dir : cases) {
            Path setup = dir.resolve("setup.sql");
            if (Files.exists(setup)) {
                String sql = Files.readString(setup);
                if (!seen.contains(sql)) {
                    seen.add(sql);
                    try (TestDatabase db = TestDatabase.create()) {
                        db.execute(sql);
                    } catch (IllegalStateException e) {
                        // An already existing role is fine; the case that needs it reports what is missing.
                    }
                }
            }
        }
    }

    /** For each format: null when the case round-trips, else why not. */
    private List<String> roundTrip(Path dir, String meta, List<String> formats) throws Exception {
        Path reference = Files.exists(dir.resolve("expected.sql")) ? dir.resolve("expected.sql")
                : dir.resolve("desired.sql");
        try (TestDatabase db = TestDatabase.create()) {
            try {
                if (Files.exists(dir.resolve("db_setup.sql"))) {
                    db.execute(Files.readString(dir.resolve("db_setup.sql")));
                }
                load(db, reference, meta.contains("\"connect_user\""));
            } catch (IllegalStateException | dev.converge.error.ConvergeException e) {
                String failure = "load: " + firstLine(e.getMessage());
                return formats.stream().map(f -> failure).toList();
            }
            List<String> failures = new ArrayList<>();
            for (String format : formats) {
                try {
                    List<String> plan = RoundTrip.planAfterInspect(db.spec(),
                            out.resolve(format).resolve(dir.getFileName().toString()), format);
                    failures.add(plan.isEmpty() ? null : "plan: " + String.join(" | ", plan));
                } catch (RuntimeException e) {
                    failures.add("error: " + firstLine(e.getMessage()));
                }
            }
            return failures;
        }
    }

    /**
     * Statement by statement (CREATE INDEX CONCURRENTLY refuses a multi-statement string), skipping psql's
     * backslash commands; cases that connect as a role whose search_path starts with foo load with that path.
     */
    private static void load(TestDatabase db, Path file, boolean fooFirst) throws Exception {
        String sql = Files.readString(file).lines().filter(line -> !line.startsWith("\\"))
                .reduce("", (a, b) -> a + b + "\n");
        try (java.sql.Connection connection = db.connect()) {
            if (fooFirst) {
                connection.createStatement().execute("SET search_path = foo, public");
            }
            new DesiredStateLoader(connection).load(SqlSplitter.split(new SourceFile(file, file.toString(), sql)));
        }
    }

    private static String firstLine(String text) {
        return text == null ? "(no message)" : text.lines().findFirst().orElse("");
    }
}
