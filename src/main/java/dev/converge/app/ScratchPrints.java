package dev.converge.app;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.converge.source.SecondPrint;
import dev.converge.source.SecondPrinter;

/**
 * Remembers what one dev server answered when asked for {@link SecondPrint}s of current expressions
 * ({@link CurrentSecondPrints}), so that a plan whose every question was asked before starts no private server and
 * opens no scratch database: on the shop example that is most of a warm plan's wall time.
 *
 * <p>An answer is PostgreSQL's, so it depends only on the question and on the server: a question's key is a SHA-256
 * of the scratch database's set-up (the SQL that gives it the current state's types and functions) and of the print's
 * statements and probe; the server is the file. Each server identity ({@link NormalisingServer#identity()}: version,
 * locale, user, and for a server reached by URL that URL) has its own {@code <sha256>.prints} file in Converge's cache
 * directory, whose header repeats the identity in full; answers are only read from, and only written to, the file of
 * the server that gave them. A refusal (PostgreSQL rejected the print in the scratch database) is an answer too. A
 * file of another identity, another format, or a truncated or corrupt one is ignored and rewritten; a cache that
 * cannot be written is silently not used.
 */
final class ScratchPrints implements SecondPrinter {

    private static final String FORMAT = "converge scratch prints 1";
    /** Answers kept per server; the least recently added beyond that are dropped when the file is rewritten. */
    static final int KEEP = 20_000;
    /** No string in the file is longer than this; a larger length read means a corrupt file. */
    private static final int LONGEST = 64 << 20;
    private static final byte REFUSED = 0;
    private static final byte PRINTED = 1;

    private final Path file;
    private final List<String> identity;
    private final String setup;
    private final Supplier<Answerer> answerer;
    /** Key -> answer (empty for a refusal), oldest first. */
    private final LinkedHashMap<String, Optional<String>> answers;
    private boolean changed;

    /** A server that answers questions the cache lacks, opened only when there is such a question. */
    interface Answerer extends SecondPrinter {
        /** The identity of the server that actually answers (a private server may fall back to another). */
        List<String> identity();
    }

    /**
     * @param directory Converge's cache directory
     * @param identity the identity of the server that would answer
     * @param setup the scratch database's set-up statements, part of every question
     * @param answerer asked (once, lazily) for the server to put the questions the cache lacks to
     */
    ScratchPrints(Path directory, List<String> identity, List<String> setup, Supplier<Answerer> answerer) {
        this.identity = List.copyOf(identity);
        this.file = directory.resolve(digest(List.of(List.of(FORMAT), this.identity)) + ".prints");
        this.setup = digest(List.of(setup));
        this.answerer = answerer;
        this.answers = read(file, this.identity);
    }

    @Override
    public Map<String, String> secondPrints(List<SecondPrint> prints, String what) {
        Map<String, String> printed = new HashMap<>();
        List<SecondPrint> missing = new ArrayList<>();
        Map<SecondPrint, String> keys = new HashMap<>();
        for (SecondPrint print : prints) {
            String key = key(print);
            keys.put(print, key);
            Optional<String> known = answers.get(key);
            if (known == null) {
                missing.add(print);
            } else {
                known.ifPresent(p -> printed.put(print.key(), p));
            }
        }
        if (missing.isEmpty()) {
            return printed;
        }
        Answerer server = answerer.get();
        Map<String, String> asked = server.secondPrints(missing, what);
        printed.putAll(asked);
        if (server.identity().equals(identity)) {
            for (SecondPrint print : missing) {
                answers.put(keys.get(print), Optional.ofNullable(asked.get(print.key())));
            }
            changed = true;
        }
        return printed;
    }

    /** Writes the answers learnt in this run, if any; not remembered when that fails (the next run asks again). */
    void save() {
        if (changed && CacheFile.write(file, "prints", this::writeAnswers)) {
            changed = false;
        }
    }

    /** The format, the identity, then the most recent answers (a refusal is an answer too). */
    private void writeAnswers(DataOutputStream data) throws IOException {
        write(data, FORMAT);
        data.writeInt(identity.size());
        for (String part : identity) {
            write(data, part);
        }
        List<Map.Entry<String, Optional<String>>> kept = new ArrayList<>(answers.entrySet());
        kept = kept.subList(Math.max(0, kept.size() - KEEP), kept.size());
        data.writeInt(kept.size());
        for (Map.Entry<String, Optional<String>> entry : kept) {
            write(data, entry.getKey());
            data.writeByte(entry.getValue().isPresent() ? PRINTED : REFUSED);
            if (entry.getValue().isPresent()) {
                write(data, entry.getValue().get());
            }
        }
    }

    /** The question: the scratch set-up, the statements that place the print, and the query that reads it. */
    private String key(SecondPrint print) {
        return digest(List.of(List.of(setup), print.statements(), List.of(print.probe())));
    }

    /** The answers of {@code identity}'s file; none when it is missing, of another server or format, or corrupt. */
    private static LinkedHashMap<String, Optional<String>> read(Path file, List<String> identity) {
        LinkedHashMap<String, Optional<String>> answers = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return answers;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream data = new DataInputStream(in);
            if (!FORMAT.equals(read(data))) {
                return answers;
            }
            int parts = count(data);
            List<String> stored = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                stored.add(read(data));
            }
            if (!stored.equals(identity)) {
                return answers;
            }
            int entries = count(data);
            for (int i = 0; i < entries; i++) {
                String key = read(data);
                byte kind = data.readByte();
                if (kind != PRINTED && kind != REFUSED) {
                    throw new IOException("unknown answer kind " + kind);
                }
                answers.put(key, kind == PRINTED ? Optional.of(read(data)) : Optional.empty());
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return answers;
        } catch (IOException | RuntimeException e) {
            return new LinkedHashMap<>();
        }
    }

    private static int count(DataInputStream data) throws IOException {
        int count = data.readInt();
        if (count < 0 || count > 4 * KEEP) {
            throw new IOException("implausible count " + count);
        }
        return count;
    }

    private static String read(DataInputStream data) throws IOException {
        int length = data.readInt();
        if (length < 0 || length > LONGEST) {
            throw new IOException("implausible length " + length);
        }
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void write(DataOutputStream data, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    /** SHA-256 of lists of texts, each length-prefixed so that no two different inputs run together. */
    private static String digest(List<List<String>> parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        for (List<String> texts : parts) {
            digest.update((texts.size() + "[").getBytes(StandardCharsets.US_ASCII));
            for (String text : texts) {
                byte[] bytes = (text == null ? "\u0000null" : text).getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
