package dev.converge.source.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.converge.error.ConvergeException;

/**
 * Runs PostgreSQL's programs for the private server. PostgreSQL refuses to run as root ({@code initdb: cannot be run
 * as root}), so when Converge runs as root they run as the unprivileged user {@code nobody} (uid 65534) through
 * util-linux's {@code setpriv}. Through {@code setpriv --pdeathsig}, the server also gets SIGQUIT (PostgreSQL's
 * immediate shutdown) when Converge dies, even by SIGKILL, so no server outlives its run. That signal is sent when
 * the thread that started the process ends, so every process is started from one thread that lives as long as the
 * JVM.
 */
final class ServerProcesses {

    static final int UNPRIVILEGED_UID = 65534;
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "converge-postgres-launcher");
        thread.setDaemon(true);
        return thread;
    });

    private ServerProcesses() {
    }

    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Runs a program to its end (initdb); throws with the end of its output when it fails. */
    static void run(Path log, String... command) throws IOException {
        Process process = launch(log, command);
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(Path.of(command[0]).getFileName() + " did not finish within 300s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running " + Path.of(command[0]).getFileName(), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(Path.of(command[0]).getFileName() + " failed: " + tail(log));
        }
    }

    /** Starts a program, as the unprivileged user when we are root; its output goes to {@code log}. */
    static Process launch(Path log, String... command) throws IOException {
        boolean root = isRoot();
        List<String> full = new ArrayList<>();
        if (root || Files.isExecutable(SETPRIV)) {
            full.add(root ? "setpriv" : SETPRIV.toString());
            if (root) {
                full.addAll(List.of("--reuid=" + UNPRIVILEGED_UID, "--regid=" + UNPRIVILEGED_UID, "--clear-groups"));
            }
            full.addAll(List.of("--pdeathsig", "QUIT", "--"));
        }
        full.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LC_ALL", "C");
        try {
            return LAUNCHER.submit(builder::start).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + full.get(0), e);
        } catch (ExecutionException e) {
            throw new IOException("cannot run " + full.get(0) + (root ? " (needed to run PostgreSQL as an "
                    + "unprivileged user, since PostgreSQL refuses to run as root)" : "") + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Gives a directory to the server's user, when that is not us. */
    static void handOver(Path directory) throws IOException {
        if (isRoot()) {
            Files.setAttribute(directory, "unix:uid", UNPRIVILEGED_UID);
            Files.setAttribute(directory, "unix:gid", UNPRIVILEGED_UID);
        }
    }

    /** Sends SIGQUIT (PostgreSQL's immediate shutdown: no checkpoint, the data directory is thrown away). */
    static void quit(Process process) {
        try {
            Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(5, TimeUnit.SECONDS);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The last lines a program printed, which say why it failed (e.g. "could not bind IPv4 address"). */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())).strip();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static ConvergeException failure(String why, Throwable cause) {
        return new ConvergeException("starting the private PostgreSQL: " + why, null, cause);
    }
}
