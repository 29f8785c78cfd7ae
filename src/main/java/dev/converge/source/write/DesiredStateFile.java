package dev.converge.source.write;

import java.util.Objects;

/** One file of a written desired state: a relative path (forward slashes) and its text. */
public record DesiredStateFile(String path, String content) {
    public DesiredStateFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
