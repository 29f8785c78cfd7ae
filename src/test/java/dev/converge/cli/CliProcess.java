package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code converge} running as a separate process that a test can watch and signal while it runs: piped (standard
 * output and error apart, as in CI), or on a terminal (a pseudo-terminal from util-linux {@code script}, where the
 * JVM sees a console and both streams arrive together, with the terminal's CR LF line ends).
 */
final class CliProcess implements AutoCloseable {

    private final Process process;
    private final boolean terminal;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final List<Thread> readers = new ArrayList<>();

    private CliProcess(Process process, boolean terminal) {
        this.process = process;
        this.terminal = terminal;
        readers.add(reader(process.getInputStream(), out));
        readers.add(reader(process.getErrorStream(), err));
    }

    /** Starts converge with {@code env} added to this process's environment. */
    static CliProcess start(boolean terminal, Map<String, String> env, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        if (terminal) {
            String line = String.join(" ", command.stream().map(CliProcess::quoted).toList());
            command = List.of("script", "--quiet", "--flush", "--return", "--command", line, "/dev/null");
        }
        // On a terminal, standard input stays open (and silent): at end of input script would type ^D, which
        // answers the confirmation prompt.
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(terminal ? ProcessBuilder.Redirect.PIPE
                : ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(env);
        return new CliProcess(builder.start(), terminal);
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static Thread reader(InputStream stream, StringBuffer into) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (stream) {
                for (int n; (n = stream.read(buffer)) >= 0; ) {
                    into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException ignored) {
                // The process ended.
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Everything shown so far, standard output then standard error (on a terminal they are one stream). */
    String shown() {
        return out + "" + err;
    }

    /** Waits until {@code text} has been shown; fails with what was shown when it is not within {@code timeout}. */
    void awaitShown(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!shown().contains(text)) {
            assertThat(process.isAlive()).as("converge still runs while waiting for \"%s\"; shown:%n%s", text,
                    shown()).isTrue();
            assertThat(System.nanoTime()).as("\"%s\" shown within %s; shown:%n%s", text, timeout, shown())
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Sends signal {@code name} (INT, TERM) to the converge JVM itself, not to {@code script} around it. */
    void signal(String name) throws Exception {
        long pid = terminal ? process.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().orElseThrow(() -> new AssertionError("no converge JVM under script")).pid()
                : process.pid();
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -%s %d", name, pid).isTrue();
    }

    /** Waits for the end; the exit code, and no stack trace. */
    CliProcessTest.Run finish(Duration timeout) throws Exception {
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).as("converge ends; shown:%n%s",
                shown()).isTrue();
        for (Thread thread : readers) {
            thread.join(5000);
        }
        CliProcessTest.Run run = new CliProcessTest.Run(process.exitValue(), out.toString(), err.toString());
        assertThat(run.all()).as("no stack trace").doesNotContain("Exception in thread", "\tat ", "\n    at ");
        return run;
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
