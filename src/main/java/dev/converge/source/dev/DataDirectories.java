package dev.converge.source.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The private server's data directories. {@code initdb} takes seconds, so it runs once per release: its result is
 * kept in the cache as a template ({@code <cache>/postgres-<version>-data-<layout>}) and each start copies it, which
 * takes a few tens of milliseconds. The copy goes to {@code /dev/shm} where the OS has it (memory: the data is thrown
 * away at the end), else to the temporary directory. Each copy records its run ({@link DevDatabaseOwner}), so a
 * later run can delete the copies of runs that were killed.
 */
final class DataDirectories {

    /** Bumped when the initdb options change, so an old template is not used. */
    private static final String LAYOUT = "1";
    static final String PREFIX = "converge-pg-";
    private static final String OWNER_FILE = "converge-owner";
    private static final Path SHM = Path.of("/dev/shm");
    /** A copy younger than this may belong to a run that has not written its server's pid yet. */
    private static final Duration SETTLING = Duration.ofMinutes(2);

    private DataDirectories() {
    }

    /**
     * The template for these binaries, made by {@code initdb} on first use: trust authentication, superuser
     * {@code postgres}, UTF-8 and the C locale (what PostgreSQL prints does not depend on the locale), and 1 MB WAL
     * segments instead of 16 MB, which makes the copy small.
     */
    static Path template(Path binaries, Path cacheRoot) throws IOException {
        Path template = cacheRoot.resolve(binaries.getFileName() + "-data-" + LAYOUT);
        if (Files.isRegularFile(template.resolve("PG_VERSION"))) {
            return template;
        }
        Files.createDirectories(cacheRoot);
        Path partial = Files.createTempDirectory(cacheRoot, "initdb-");
        ServerProcesses.handOver(partial);
        Path log = Files.createTempFile("converge-initdb-", ".log");
        try {
            ServerProcesses.run(log, binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres",
                    "-D", partial.toString(), "-E", "UTF-8", "--locale=C", "--no-sync", "--wal-segsize=1");
            Files.move(partial, template, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            // Another run made the template first; its copy is as good as ours.
        } finally {
            EmbeddedPostgresBinaries.deleteTree(partial);
            Files.deleteIfExists(log);
        }
        return template;
    }

    /** A fresh copy of {@code template}, in memory where possible, owned by the server's user. */
    static Path copy(Path template) throws IOException {
        Path parent = Files.isDirectory(SHM) && Files.isWritable(SHM) ? SHM
                : Path.of(System.getProperty("java.io.tmpdir"));
        deleteAbandoned(parent);
        Path data = Files.createTempDirectory(parent, PREFIX);
        Files.writeString(data.resolve(OWNER_FILE), DevDatabaseOwner.current().comment(), StandardCharsets.UTF_8);
        // cp keeps the owner (when we are root, the unprivileged server user) and the modes PostgreSQL checks.
        Process cp = new ProcessBuilder("cp", "-a", template + "/.", data.toString()).redirectErrorStream(true)
                .start();
        String output = new String(cp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!cp.waitFor(120, TimeUnit.SECONDS) || cp.exitValue() != 0) {
                throw new IOException("copying " + template + " to " + data + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while copying " + template, e);
        }
        ServerProcesses.handOver(data);
        return data;
    }

    /**
     * Deletes the data directories of runs on this host that are gone (killed: no shutdown hook ran), after
     * stopping a server still running in one (without {@code setpriv}, nothing stops it when its run dies).
     * A courtesy: whatever fails is left as it was.
     */
    private static void deleteAbandoned(Path parent) {
        String host = DevDatabaseOwner.hostName();
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                Optional<DevDatabaseOwner> owner = owner(dir);
                boolean gone = owner.map(o -> o.isGoneFrom(host)).orElseGet(() -> olderThanSettling(dir));
                if (gone) {
                    postmasterPid(dir).flatMap(ProcessHandle::of).filter(p -> serves(p, dir))
                            .ifPresent(ProcessHandle::destroy);
                    EmbeddedPostgresBinaries.deleteTree(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers stay, as they would have.
        }
    }

    /** Whether the process is a PostgreSQL server on {@code dir}, not another that got a recycled pid. */
    private static boolean serves(ProcessHandle process, Path dir) {
        return process.info().command().map(c -> c.endsWith("/postgres")).orElse(false)
                && process.info().arguments().map(a -> List.of(a).contains(dir.toString())).orElse(false);
    }

    private static Optional<DevDatabaseOwner> owner(Path dir) {
        try {
            return DevDatabaseOwner.parse(Files.readString(dir.resolve(OWNER_FILE), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean olderThanSettling(Path dir) {
        try {
            FileTime modified = Files.getLastModifiedTime(dir);
            return modified.toInstant().isBefore(Instant.now().minus(SETTLING));
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> postmasterPid(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
