package dev.converge.app.migrate;

import java.util.Objects;

/** A file that migrate diff writes into the migration directory: its name there and its whole content. */
public record WrittenFile(String name, String content) {

    public WrittenFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
