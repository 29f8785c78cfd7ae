package dev.converge.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A desired-state file: where it is, the name to show in messages (the path as the user gave it, or relative to
 * the directory the user gave), and its text, decoded once so that splitting and error positions agree.
 */
public record SourceFile(Path path, String displayName, String content) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(content, "content");
    }

    /** The content is omitted: a file may be large, and records print all their fields. */
    @Override
    public String toString() {
        return "SourceFile[" + displayName + ", " + content.length() + " chars]";
    }
}
