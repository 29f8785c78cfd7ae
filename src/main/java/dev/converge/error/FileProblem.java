package dev.converge.error;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file, in words: {@code IOException.toString()} reads
 * {@code java.nio.file.FileSystemException: /out/x: Not a directory}, and a message never carries a Java class
 * name (issue 14). The NIO exceptions keep the path and the operating system's reason apart; this puts them back
 * together the way a shell would say it.
 */
public final class FileProblem {

    private FileProblem() {
    }

    public static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : f.getFile();
            String reason = f.getReason() != null ? f.getReason().toLowerCase(java.util.Locale.ROOT)
                    : e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof AccessDeniedException ? "permission denied (check the directory's owner and mode)"
                    : e instanceof FileAlreadyExistsException ? "already exists and is not a directory"
                    : e instanceof NotDirectoryException ? "not a directory"
                    : e instanceof DirectoryNotEmptyException ? "directory not empty"
                    : "cannot be used";
            String other = f.getOtherFile() == null ? "" : " (and " + f.getOtherFile() + ")";
            return file.isEmpty() ? reason : file + other + ": " + reason;
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }
}
