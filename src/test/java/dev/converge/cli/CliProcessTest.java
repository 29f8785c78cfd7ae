package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import dev.converge.testing.TestDatabase;

/**
 * The command-line contract as a user meets it: {@code converge} run as a separate Java process ({@code Main} on the
 * test class path), its exit code, its standard output and error. Exit codes as DEVELOPERS.md gives them: 0 nothing
 * to do, 1 error, 2 changes or drift, 3 refused by policy, 64 usage; and never a stack trace.
 */
class CliProcessTest {

    @TempDir
    Path dir;

    /** One finished run of the converge process. */
    record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Run converge(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile())).start();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("converge %s finishes", List.of(args)).isTrue();
        Run run = new Run(process.exitValue(), out.get(), err.get());
        assertThat(run.all()).as("no stack trace from converge %s", List.of(args))
                .doesNotContain("Exception in thread", "\tat ", "\n    at ");
        return run;
    }

    private static CompletableFuture<String> read(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private Path desired(String name, String sql) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, sql);
        return file;
    }

    @Test
    void versionAndHelpOfEveryCommandWithExamples() throws Exception {
        Run version = converge("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("converge ");

        Run help = converge("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Exit codes");
        for (String command : new CommandLine(new Main()).getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            Run commandHelp = converge(command, "--help");
            assertThat(commandHelp.exitCode()).as("%s --help", command).isZero();
            assertThat(commandHelp.out()).as("%s --help", command).contains("Usage: converge " + command, "Examples");
        }
    }

    @Test
    void usageErrorsExit64WithAMessage() throws Exception {
        Run unknownOption = converge("plan", "--frobnicate");
        assertThat(unknownOption.exitCode()).isEqualTo(64);
        assertThat(unknownOption.err()).contains("--frobnicate");

        Run missingDesired = converge("plan", "--db", "postgresql://u@127.0.0.1:1/d");
        assertThat(missingDesired.exitCode()).isEqualTo(64);
        assertThat(missingDesired.err()).contains("--desired");

        Run unknownCommand = converge("frobnicate");
        assertThat(unknownCommand.exitCode()).isEqualTo(64);
    }

    @Test
    void planExitsZeroWhenThereIsNothingToDoAndTwoWithChanges() throws Exception {
        String sql = "CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL);\n";
        try (TestDatabase db = TestDatabase.withSql(sql)) {
            Path same = desired("same.sql", sql);
            Run nothing = converge("plan", "--db", db.url(), "--desired", same.toString());
            assertThat(nothing.exitCode()).as(nothing.all()).isZero();

            Path more = desired("more.sql", sql + "CREATE TABLE tag (id int PRIMARY KEY);\n");
            Run changes = converge("plan", "--db", db.url(), "--desired", more.toString());
            assertThat(changes.exitCode()).as(changes.all()).isEqualTo(2);
            assertThat(changes.out()).contains("CREATE TABLE public.tag");

            Run drift = converge("drift", "--db", db.url(), "--desired", more.toString(), "--format", "json");
            assertThat(drift.exitCode()).as(drift.all()).isEqualTo(2);
            assertThat(drift.out()).startsWith("{");
            assertThat(drift.err()).isEmpty();

            Run noDrift = converge("drift", "--db", db.url(), "--desired", same.toString());
            assertThat(noDrift.exitCode()).as(noDrift.all()).isZero();
        }
    }

    @Test
    void badSqlIsAnErrorThatNamesTheFileAndLine() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Path bad = desired("bad.sql", "CREATE TABLE ok (id int);\n\nCREATE TABLE broken (id int,, name text);\n");
            Run run = converge("plan", "--db", db.url(), "--desired", bad.toString());
            assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
            assertThat(run.err()).contains("bad.sql:3");
        }
    }

    @Test
    void aHazardNotAllowedIsRefusedWithThree() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE kept (id int); CREATE TABLE doomed (id int);")) {
            Path keep = desired("keep.sql", "CREATE TABLE kept (id int);\n");
            Run refused = converge("apply", "--db", db.url(), "--desired", keep.toString(), "--auto-approve");
            assertThat(refused.exitCode()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("doomed");
            assertThat(db.queryBoolean("SELECT to_regclass('public.doomed') IS NOT NULL"))
                    .as("nothing was applied").isTrue();
        }
    }
}
