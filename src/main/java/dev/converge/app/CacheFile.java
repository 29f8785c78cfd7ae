package dev.converge.app;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one file of Converge's caches whole or not at all: into a temporary file beside it, then moved over it, so
 * that a run reading it meanwhile (or after a crash) sees the old file or the new one, never half of one. Shared by
 * the desired-state cache and the cache of scratch prints.
 */
final class CacheFile {

    /** What goes into the file. */
    interface Content {
        void writeTo(DataOutputStream data) throws IOException;
    }

    private CacheFile() {
    }

    /**
     * Writes {@code target} (creating its directory); false when it could not be written (a read-only home, a full
     * disk, content that cannot be encoded): the cache is then simply not used this time. No temporary file is left.
     */
    static boolean write(Path target, String prefix, Content content) {
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), prefix, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                DataOutputStream data = new DataOutputStream(out);
                content.writeTo(data);
                data.flush();
            }
            move(temporary, target);
            temporary = null;
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Best effort: a stray .tmp file is harmless and never read.
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
