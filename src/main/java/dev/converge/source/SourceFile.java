package dev.converge.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

import dev.converge.error.DesiredStateException;

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

    /**
     * A desired-state file from its bytes, wherever they were read (a file, a git revision): strict UTF-8, no NUL
     * bytes, a leading byte-order mark dropped.
     */
    public static SourceFile decoded(Path file, String name, byte[] bytes) {
        String content = decode(name, bytes);
        int nul = content.indexOf('\0');
        if (nul >= 0) {
            TextPosition at = TextPosition.START.advance(content, 0, nul);
            throw new DesiredStateException(name + ":" + at.line() + ":" + at.column()
                    + ": binary file (contains a NUL byte); the desired state must be SQL or YAML text");
        }
        return new SourceFile(file, name, content.startsWith("\uFEFF") ? content.substring(1) : content);
    }

    /** Strict UTF-8; the error names the line and column of the first byte that is not UTF-8. */
    private static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            TextPosition at = TextPosition.START.advance(out, 0, out.length());
            throw new DesiredStateException(name + ":" + at.line() + ":" + at.column() + ": not valid UTF-8 text "
                    + "(byte offset " + in.position() + "; save the file as UTF-8)");
        }
        return out.toString();
    }

    /** The content is omitted: a file may be large, and records print all their fields. */
    @Override
    public String toString() {
        return "SourceFile[" + displayName + ", " + content.length() + " chars]";
    }
}
