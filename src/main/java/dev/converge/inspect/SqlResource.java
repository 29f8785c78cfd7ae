package dev.converge.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the text of a catalog query kept as a {@code .sql} file next to this class, so that every query can be
 * read, and run in psql, on its own. A missing file is a packaging bug, hence an unchecked failure.
 */
final class SqlResource {

    private SqlResource() {
    }

    static String load(String fileName) {
        try (InputStream in = SqlResource.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("catalog query " + fileName + " is missing from the classpath ("
                        + SqlResource.class.getPackageName() + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading catalog query " + fileName, e);
        }
    }
}
