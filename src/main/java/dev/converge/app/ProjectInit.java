package dev.converge.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.converge.error.ConvergeException;

/** Writes a commented starter converge.yaml for {@code converge init}; an existing file is never overwritten. */
public final class ProjectInit {

    private static final String STARTER = "/dev/converge/app/converge-starter.yaml";

    private ProjectInit() {
    }

    /** The starter file's text: every key of the project file, explained. */
    public static String starter() {
        try (InputStream in = ProjectInit.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STARTER);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("reading resource " + STARTER, e);
        }
    }

    public static void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // CREATE_NEW: the existence check and the creation are one step, so nothing is ever overwritten.
            Files.writeString(file, starter(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ConvergeException(file + " already exists; nothing was written (edit it, or remove it first)");
        } catch (IOException e) {
            throw new ConvergeException("writing " + file + ": " + e.getMessage(), e);
        }
    }
}
