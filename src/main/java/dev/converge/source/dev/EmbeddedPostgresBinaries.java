package dev.converge.source.dev;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import dev.converge.error.ConvergeException;

/**
 * The PostgreSQL binaries of one {@link PostgresRelease}, unpacked once into {@code <cache>/postgres-<version>} and
 * reused by later runs. The archive comes from Converge's own jar (the bundled release), else from zonky's jar in the
 * local Maven repository ({@code ~/.m2/repository}), else from Maven Central ({@link MavenCentral}); a jar's SHA-256
 * must match the pinned one. Unpacking goes to a temporary sibling that is then renamed, so two runs starting at
 * once never see a half-unpacked directory.
 */
final class EmbeddedPostgresBinaries {

    private EmbeddedPostgresBinaries() {
    }

    /**
     * The directory holding {@code bin/}, {@code lib/} and {@code share/}.
     *
     * @param notice told (once) when the binaries must be downloaded, which takes a while
     * @throws ConvergeException saying why they cannot be had (no network, a digest mismatch, a full disk)
     */
    static Path unpacked(PostgresRelease release, Path cacheRoot, Consumer<String> notice) {
        Path target = cacheRoot.resolve("postgres-" + release.version());
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target;
        }
        try {
            Files.createDirectories(cacheRoot);
            Path partial = Files.createTempDirectory(cacheRoot, "unpacking-");
            try {
                if (release.bundled()) {
                    unpack(bundledArchive(), partial);
                } else {
                    Path jar = MavenCentral.jar(release, cacheRoot, notice);
                    try (ZipFile zip = new ZipFile(jar.toFile())) {
                        ZipEntry entry = zip.getEntry(PostgresRelease.ARCHIVE);
                        if (entry == null) {
                            throw new IOException(jar + " holds no " + PostgresRelease.ARCHIVE);
                        }
                        unpack(new BufferedInputStream(zip.getInputStream(entry), 1 << 16), partial);
                    } finally {
                        if (jar.startsWith(cacheRoot)) {
                            Files.deleteIfExists(jar);
                        }
                    }
                }
                openUp(partial);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                // Another run unpacked the same release first; its copy is as good as ours.
            } finally {
                deleteTree(partial);
            }
            return target;
        } catch (IOException e) {
            throw new ConvergeException("unpacking the " + release + " binaries of the private PostgreSQL into "
                    + cacheRoot + ": " + (e.getMessage() == null ? "failed" : e.getMessage()), null, e);
        }
    }

    private static InputStream bundledArchive() {
        InputStream in = EmbeddedPostgresBinaries.class.getClassLoader().getResourceAsStream(PostgresRelease.ARCHIVE);
        if (in == null) {
            throw new ConvergeException("the bundled PostgreSQL binaries (" + PostgresRelease.ARCHIVE + ") are not "
                    + "on the class path; this build of Converge cannot start its private PostgreSQL", null, null);
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    private static void unpack(InputStream archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        path.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    /**
     * Readable (and directories and programs executable) by everybody: when Converge runs as root, PostgreSQL
     * runs as an unprivileged user that must be able to read the binaries.
     */
    private static void openUp(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                permissions.add(PosixFilePermission.OWNER_READ);
                permissions.add(PosixFilePermission.GROUP_READ);
                permissions.add(PosixFilePermission.OTHERS_READ);
                if (Files.isDirectory(path) || permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
                    permissions.add(PosixFilePermission.GROUP_EXECUTE);
                    permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                }
                Files.setPosixFilePermissions(path, permissions);
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Best effort: a leftover temporary directory is harmless and named after Converge.
        }
    }
}
