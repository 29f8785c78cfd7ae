package dev.converge.source.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run that created a dev database: host name, process id and the process's start time, recorded as the
 * database's comment. A run killed with SIGKILL cannot drop its dev database (no shutdown hook runs); the next run on
 * the same host reads this to tell that leftover from the dev database of a run that is still going.
 */
record DevDatabaseOwner(String host, long pid, Instant started) {

    private static final String UNKNOWN_HOST = "unknown";
    private static final Pattern COMMENT = Pattern.compile(
            "converge dev database of host=(\\S+) pid=(\\d+) started=(\\S+)");
    /** Two readings of one process's start time (from /proc, in clock ticks) differ by less than this. */
    private static final Duration SAME_START = Duration.ofSeconds(1);

    /** This JVM's process. */
    static DevDatabaseOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new DevDatabaseOwner(hostName(), self.pid(), self.info().startInstant().orElse(null));
    }

    /** What {@code COMMENT ON DATABASE} records; {@link #parse} reads it back. */
    String comment() {
        return "converge dev database of host=" + host + " pid=" + pid + " started="
                + (started == null ? "unknown" : started.toString());
    }

    static Optional<DevDatabaseOwner> parse(String comment) {
        Matcher m = comment == null ? null : COMMENT.matcher(comment);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Instant started;
        try {
            started = m.group(3).equals("unknown") ? null : Instant.parse(m.group(3));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.of(new DevDatabaseOwner(m.group(1), Long.parseLong(m.group(2)), started));
    }

    /**
     * True only when the creator ran on {@code thisHost} and that process is certainly gone: no process has its
     * pid, or the process that has it started at another time (the pid was reused). A creator on another host,
     * or on a host whose name is unknown, is never judged: its process table is not this one.
     */
    boolean isGoneFrom(String thisHost) {
        if (!host.equals(thisHost) || host.equals(UNKNOWN_HOST)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        Optional<Instant> processStart = process.get().info().startInstant();
        return started != null && processStart.isPresent()
                && Duration.between(started, processStart.get()).abs().compareTo(SAME_START) >= 0;
    }

    /**
     * The kernel's host name (read from /proc on Linux, which needs no name lookup), else the JDK's; never with
     * white space, which the comment uses as a separator.
     */
    static String hostName() {
        String name;
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            name = Files.isReadable(kernel) ? Files.readString(kernel, StandardCharsets.UTF_8).strip()
                    : InetAddress.getLocalHost().getHostName();
        } catch (IOException | SecurityException e) {
            name = UNKNOWN_HOST;
        }
        return name.isEmpty() || name.matches(".*\\s.*") ? UNKNOWN_HOST : name;
    }
}
