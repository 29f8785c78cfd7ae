package dev.converge.cli.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Converge in a JVM of its own (the test class path, so the code under test, without needing the packaged jar,
 * which Maven builds only after the tests), for what cannot happen in-process: SIGKILL, and environment variables
 * such as PGPASSWORD. Output goes to files in {@code dir}, so that everything a run writes can be inspected.
 */
final class ConvergeProcess {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ConvergeProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code converge args} with {@code dir} as working directory, HOME and java.io.tmpdir, and
     * {@code environment} added to (or, for a null value, removed from) this JVM's environment.
     */
    static ConvergeProcess start(Path dir, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + dir);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.converge.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("HOME", dir.toString());
        environment.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        String run = Long.toString(System.nanoTime());
        File out = dir.resolve("stdout-" + run + ".txt").toFile();
        File err = dir.resolve("stderr-" + run + ".txt").toFile();
        builder.redirectOutput(out).redirectError(err);
        return new ConvergeProcess(builder.start(), out.toPath(), err.toPath());
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Unix: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitFor() throws InterruptedException {
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("converge did not finish within 180 s: " + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(stdout, StandardCharsets.UTF_8) + Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
