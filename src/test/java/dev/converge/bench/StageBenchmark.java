package dev.converge.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import dev.converge.change.ChangeSet;
import dev.converge.connect.ConnectionSpec;
import dev.converge.connect.ConnectionSpecParser;
import dev.converge.diff.Differ;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.plan.Plan;
import dev.converge.plan.Planner;
import dev.converge.source.DesiredFiles;
import dev.converge.source.DesiredStateLoader;
import dev.converge.source.ParallelLoader;
import dev.converge.source.RenameHints;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlSplitter;
import dev.converge.source.SqlStatement;
import dev.converge.source.dev.DevDatabase;
import dev.converge.source.dev.EmbeddedPostgres;
import dev.converge.source.dev.PostgresRelease;
import dev.converge.source.dev.PrivatePostgres;

/**
 * Times the stages of a plan one by one, in one JVM, for {@code bench/run}: inspecting the live database,
 * splitting and loading the desired files into a dev database and reading it back, diffing, and ordering plus
 * rendering. Prints one JSON object of seconds per run (the driver takes medians). The first run of each stage is
 * a JVM warm-up and is reported apart ({@code *_cold}), because a real {@code converge plan} runs every stage once,
 * cold; the whole-plan time measured by the driver covers that.
 *
 * <p>Usage: {@code StageBenchmark --db URL --desired FILE --schemas a,b,c [--runs N] [--load-runs N]
 * [--diff-runs N] [--scale K]}; with {@code --scale K} the diff and the rendering are also timed on K renamed copies of
 * both catalogs (see {@link CatalogCopies}), for sizes whose database would take too long to load.
 */
public final class StageBenchmark {

    private StageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        ConnectionSpec target = new ConnectionSpecParser(System.getenv()).parse(options.get("--db"));
        List<Path> desired = List.of(Path.of(options.get("--desired")));
        Set<String> schemas = new TreeSet<>(List.of(options.get("--schemas").split(",")));
        int runs = Integer.parseInt(options.getOrDefault("--runs", "3"));
        int loadRuns = Integer.parseInt(options.getOrDefault("--load-runs", String.valueOf(runs)));
        int diffRuns = Integer.parseInt(options.getOrDefault("--diff-runs", "10"));

        Map<String, Object> result = new LinkedHashMap<>();
        Catalog current;
        try (Connection connection = target.open()) {
            // as the workflows read (a second connection in the same snapshot), and on one connection alone
            CatalogInspector inspector = new CatalogInspector(connection, target::open);
            current = timed(result, "inspect", runs + 1, () -> inspector.inspect(schemas));
            CatalogInspector single = new CatalogInspector(connection);
            timed(result, "inspect_single", runs + 1, () -> single.inspect(schemas));
        }
        List<SqlStatement> statements = timed(result, "split", runs + 1, () -> split(desired));
        Catalog desiredCatalog = null;
        List<Double> load = new ArrayList<>();
        List<Double> readBack = new ArrayList<>();
        if (!options.getOrDefault("--target-load", "yes").equals("no")) {
            for (int i = 0; i < loadRuns; i++) {
                try (DevDatabase dev = DevDatabase.createOn(target); Connection connection = dev.spec().open()) {
                    long start = System.nanoTime();
                    new DesiredStateLoader(connection).load(statements);
                    load.add(seconds(start));
                    start = System.nanoTime();
                    desiredCatalog = new CatalogInspector(connection, dev.spec()::open).inspect(schemas);
                    readBack.add(seconds(start));
                }
            }
        }
        result.put("load", load);
        result.put("readback", readBack);

        // The private server: its start-up (a fresh server each time, data directory copied from the template),
        // then the load on it with 1, 2, 3... connections, and the read-back.
        PostgresRelease release;
        String user;
        List<String> roles;
        try (Connection connection = target.open()) {
            release = PostgresRelease.forMajor(connection.getMetaData().getDatabaseMajorVersion()).orElseThrow();
            try (var s = connection.createStatement(); var row = s.executeQuery("SELECT current_user")) {
                row.next();
                user = row.getString(1);
            }
            roles = List.of(user);
        }
        int starts = Integer.parseInt(options.getOrDefault("--private-starts", "3"));
        List<Double> startup = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            try (EmbeddedPostgres server = EmbeddedPostgres.start(release, System.err::println)) {
                startup.add(server.startup().toNanos() / 1e9);
            }
        }
        result.put("private_start", startup);
        EmbeddedPostgres server = PrivatePostgres.of(release, System.err::println);
        ConnectionSpec privateSpec = PrivatePostgres.as(server, user, roles);
        List<Double> privateReadBack = new ArrayList<>();
        for (String k : options.getOrDefault("--load-connections", "1,2,3").split(",")) {
            int connections = Integer.parseInt(k);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < loadRuns; i++) {
                try (DevDatabase dev = DevDatabase.createOnPrivate(privateSpec);
                     Connection connection = dev.spec().open()) {
                    long start = System.nanoTime();
                    List<SqlStatement> rest = ParallelLoader.runFirstRound(statements, connections,
                            () -> dev.spec().open());
                    new DesiredStateLoader(connection).load(rest);
                    times.add(seconds(start));
                    result.put("private_left_c" + connections, rest.size());
                    if (connections == 1) {
                        start = System.nanoTime();
                        desiredCatalog = new CatalogInspector(connection, dev.spec()::open).inspect(schemas);
                        privateReadBack.add(seconds(start));
                    }
                }
            }
            result.put("private_load_c" + connections, times);
        }
        result.put("private_readback", privateReadBack);

        Catalog desiredState = desiredCatalog;
        var hints = RenameHints.in(statements);
        ChangeSet changes = timed(result, "diff", diffRuns + 1, () -> Differ.diff(current, desiredState, hints));
        Plan plan = timed(result, "render", diffRuns + 1, () -> Planner.plan(changes));
        int scale = Integer.parseInt(options.getOrDefault("--scale", "0"));
        if (scale > 1) {
            // The same diff on k renamed copies of both catalogs: does diff + render grow as n log n?
            Catalog bigCurrent = CatalogCopies.times(current, scale, schemas);
            Catalog bigDesired = CatalogCopies.times(desiredState, scale, schemas);
            ChangeSet bigChanges = timed(result, "diff_x" + scale, diffRuns + 1,
                    () -> Differ.diff(bigCurrent, bigDesired, hints));
            timed(result, "render_x" + scale, diffRuns + 1, () -> Planner.plan(bigChanges));
            result.put("tables_x" + scale, bigCurrent.tables().size());
            result.put("changes_x" + scale, bigChanges.changes().size());
        }
        result.put("tables", current.tables().size());
        result.put("changes", changes.changes().size());
        result.put("statements", plan.statements().size());
        result.put("desired_statements", statements.size());
        System.out.println(json(result));
    }

    private static List<SqlStatement> split(List<Path> paths) {
        List<SqlStatement> statements = new ArrayList<>();
        for (SourceFile file : DesiredFiles.discover(paths)) {
            statements.addAll(SqlSplitter.split(file));
        }
        return statements;
    }

    /** Runs {@code work} {@code times} times; the first is recorded as {@code name_cold}, the rest as {@code name}. */
    private static <T> T timed(Map<String, Object> result, String name, int times, Supplier<T> work) {
        List<Double> warm = new ArrayList<>();
        T value = null;
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            value = work.get();
            double elapsed = seconds(start);
            if (i == 0) {
                result.put(name + "_cold", elapsed);
            } else {
                warm.add(elapsed);
            }
        }
        result.put(name, warm);
        return value;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--db", "--desired", "--schemas")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing " + required);
            }
        }
        return options;
    }

    /** Numbers and lists of numbers only, so a hand-written printer is enough. */
    private static String json(Map<String, Object> values) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append('"').append(e.getKey()).append("\": ").append(e.getValue());
        }
        return out.append('}').toString();
    }
}
