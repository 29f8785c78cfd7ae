package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * Bad input never crashes Converge and never touches the target: every case of the corpus under
 * {@code src/test/resources/bad-input/} runs through {@code plan} and {@code apply} in-process against a real
 * database, and must give a clear message (the file and line where there is one), no stack trace or Java class
 * name, the expected exit code (1 unless the case says otherwise), and an unchanged target schema.
 *
 * <p>A case is a file, or a directory of files, under {@code bad-input/sql/}. Its expectations are lines in the
 * case's files ({@code -- expect: text}, {@code -- exit: plan=N apply=M}, {@code -- args: --schema app}) or, for
 * a file that cannot carry comments (binary, empty), in {@code <case>.expect} without the {@code -- }.
 * Bad URLs are the lines of {@code bad-input/urls.txt}. Malformed YAML cases are the {@code .yaml} files of
 * {@code bad-input/yaml/}, each with its {@code .expect} file; a document over the size limit is written at run
 * time rather than kept in the repository.
 */
class BadInputTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    /** The target holds data and objects in public, so an empty desired state is a destructive plan. */
    private static final String TARGET_SQL = """
            CREATE TABLE public.keep (id int PRIMARY KEY, note text NOT NULL DEFAULT '');
            INSERT INTO public.keep VALUES (1, 'one');
            CREATE SCHEMA app;
            CREATE TABLE app.ok (id bigint);
            """;

    private static TestDatabase target;
    /** The target's schema as created; no case may change it, so every run is compared with this one dump. */
    private static List<String> baseline;

    @BeforeAll
    static void createTarget() {
        target = TestDatabase.withSql(TARGET_SQL);
        baseline = SchemaDump.of(target.spec());
    }

    @AfterAll
    static void dropTarget() {
        if (target != null) {
            target.close();
        }
    }

    static Stream<String> sqlCases() throws IOException {
        try (Stream<Path> entries = Files.list(CORPUS.resolve("sql"))) {
            return entries.filter(p -> !p.getFileName().toString().endsWith(".expect"))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sqlCases")
    void badDesiredStateIsAClearErrorAndChangesNothing(String name) {
        Path path = CORPUS.resolve("sql").resolve(name);
        Expectations expected = Expectations.of(path);
        for (String command : List.of("plan", "apply")) {
            List<String> args = new ArrayList<>(List.of(command, "--db", target.url(), "--desired", path.toString()));
            args.addAll(expected.args());
            if (command.equals("apply")) {
                args.add("--auto-approve");
            }
            assertUnchangedAfter(args, expected.exit(command), expected.messages());
        }
    }

    static Stream<String> yamlCases() throws IOException {
        try (Stream<Path> entries = Files.list(CORPUS.resolve("yaml"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlCases")
    void badYamlIsAClearErrorAndChangesNothing(String name) {
        Path path = CORPUS.resolve("yaml").resolve(name);
        Expectations expected = Expectations.of(path);
        for (String command : List.of("plan", "apply")) {
            List<String> args = new ArrayList<>(List.of(command, "--db", target.url(), "--desired", path.toString()));
            args.addAll(expected.args());
            if (command.equals("apply")) {
                args.add("--auto-approve");
            }
            assertUnchangedAfter(args, expected.exit(command), expected.messages());
        }
    }

    /** 9 MB of valid YAML (one long comment line after a table) is over the 8 Mi-character limit: refused at once. */
    @org.junit.jupiter.api.Test
    void hugeYamlDocumentIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.yaml");
        Files.writeString(huge, "tables:\n  - name: t\n    columns: [{name: id, type: int}]\n# " + "x".repeat(9_000_000)
                + "\n");
        for (String command : List.of("plan", "apply")) {
            List<String> args = new ArrayList<>(List.of(command, "--db", target.url(), "--desired", huge.toString()));
            if (command.equals("apply")) {
                args.add("--auto-approve");
            }
            assertUnchangedAfter(args, 1, List.of("huge.yaml: too large for a YAML desired-state file"));
        }
    }

    static Stream<String> urlCases() throws IOException {
        return Files.readAllLines(CORPUS.resolve("urls.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"));
    }

    /**
     * {@code option url | expected text}: a bad --db or --dev-db. {@code {target}} stands for the test
     * database's URL, so that a bad --dev-db is tried against a real target that must stay unchanged.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("urlCases")
    void badUrlIsAClearErrorAndChangesNothing(String line) {
        String[] parts = line.split("\\|", -1);
        String[] option = parts[0].strip().split(" ", 2);
        String expected = parts[1].strip();
        Path desired = CORPUS.resolve("valid.sql");
        for (String command : List.of("plan", "apply")) {
            List<String> args = new ArrayList<>(List.of(command, "--desired", desired.toString()));
            args.add(option[0]);
            args.add(option[1].replace("{target}", target.url()));
            if (!option[0].equals("--db")) {
                args.add("--db");
                args.add(target.url());
            }
            if (command.equals("apply")) {
                args.add("--auto-approve");
            }
            CliCapture run = assertUnchangedAfter(args, 1, List.of(expected));
            assertThat(run.all()).as("the password").doesNotContain("Sup3rSecret");
        }
    }

    private static CliCapture assertUnchangedAfter(List<String> args, int exit, List<String> messages) {
        CliCapture run = CliCapture.run(args.toArray(String[]::new));
        assertThat(run.crashEvidence()).as("crash evidence in:\n%s", run.all()).isNull();
        assertThat(run.exitCode()).as("exit code of %s:\n%s", args.get(0), run.all()).isEqualTo(exit);
        for (String message : messages) {
            assertThat(run.all()).as("message of %s", args.get(0)).contains(message);
        }
        if (args.get(0).equals("apply")) {
            // plan runs first and only reads; one dump after apply covers both (a dump costs half a second).
            assertThat(SchemaDump.of(target.spec())).as("target schema after %s", args).isEqualTo(baseline);
        }
        assertThat(target.queryBoolean("SELECT count(*) = 1 FROM public.keep")).as("target data").isTrue();
        return run;
    }

    /** What a case expects, read from its comment lines or its .expect file. */
    record Expectations(List<String> messages, int planExit, int applyExit, List<String> args) {

        int exit(String command) {
            return command.equals("plan") ? planExit : applyExit;
        }

        static Expectations of(Path path) {
            Path sidecar = path.resolveSibling(path.getFileName() + ".expect");
            List<String> lines = new ArrayList<>();
            if (Files.exists(sidecar)) {
                lines.addAll(readLines(sidecar));
            } else {
                for (Path file : files(path)) {
                    readLines(file).stream().filter(l -> l.startsWith("-- ")).map(l -> l.substring(3))
                            .forEach(lines::add);
                }
            }
            List<String> messages = new ArrayList<>();
            List<String> args = new ArrayList<>();
            int planExit = 1;
            int applyExit = 1;
            for (String line : lines) {
                if (line.startsWith("expect: ")) {
                    messages.add(line.substring("expect: ".length()));
                } else if (line.startsWith("args: ")) {
                    args.addAll(List.of(line.substring("args: ".length()).split(" ")));
                } else if (line.startsWith("exit: ")) {
                    for (String pair : line.substring("exit: ".length()).split(" ")) {
                        int code = Integer.parseInt(pair.substring(pair.indexOf('=') + 1));
                        if (pair.startsWith("plan=")) {
                            planExit = code;
                        } else {
                            applyExit = code;
                        }
                    }
                }
            }
            assertThat(messages).as("a case says what message it expects: %s", path).isNotEmpty();
            return new Expectations(messages, planExit, applyExit, args);
        }

        private static List<Path> files(Path path) {
            if (!Files.isDirectory(path)) {
                return List.of(path);
            }
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Lossy on purpose: a case may be binary, and only its text lines can carry expectations. */
        private static List<String> readLines(Path file) {
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
