package dev.converge.app;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.converge.model.Catalog;

/**
 * Remembers the normalised desired state so that a second {@code plan} with unchanged files skips the dev database,
 * the slowest step on a large schema. An entry's name is a SHA-256 of everything the result depends on: every
 * statement's text in order, the dev server's version, locale and user, the options that shape the result
 * (--schema, the target's search path and borrowed schemas), and this build of Converge (its version, the shape of
 * the model, and the build itself). So an entry is never stale: any change gives another key, and old entries are
 * eventually deleted. A missing, unreadable or corrupt entry is a miss, never an error.
 *
 * <p>Where: {@code $CONVERGE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/converge}, else {@code ~/.cache/converge}.
 */
public final class DesiredStateCache {

    /** How many entries to keep; the least recently written beyond that are deleted. */
    private static final int KEEP = 16;
    private static final String FORMAT = "converge desired-state cache 1";

    private final Path directory;

    DesiredStateCache(Path directory) {
        this.directory = directory;
    }

    /** Where the entries are; {@link ScratchPrints} keeps its files there too. */
    Path directory() {
        return directory;
    }

    /** The cache in its default place (see the class comment). */
    public static DesiredStateCache inDefaultPlace() {
        String explicit = System.getenv("CONVERGE_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return new DesiredStateCache(Path.of(explicit));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new DesiredStateCache(base.resolve("converge"));
    }

    /** Builds a key: feed every input in a fixed order, then call {@link #key()}. */
    static final class KeyBuilder {
        private final MessageDigest digest;

        KeyBuilder() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
            add(FORMAT).add(BuildFingerprint.VALUE);
        }

        /** Adds one text, length-prefixed so that ("ab", "c") and ("a", "bc") give different keys. */
        KeyBuilder add(String text) {
            byte[] bytes = (text == null ? "\u0000null" : text).getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
            return this;
        }

        KeyBuilder add(List<String> texts) {
            add(Integer.toString(texts.size()));
            texts.forEach(this::add);
            return this;
        }

        String key() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /** What the cache holds for a key: the parts of {@link DesiredState} that come from the dev database. */
    record Entry(Catalog catalog, List<String> schemas, List<String> unmanagedObjects) {
    }

    Optional<Entry> get(String key) {
        Path file = directory.resolve(key + ".bin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            RecordCodec.Reader reader = new RecordCodec.Reader(new DataInputStream(in));
            if (!key.equals(reader.read())) {
                return Optional.empty();
            }
            return Optional.of(new Entry((Catalog) reader.read(), strings(reader.read()), strings(reader.read())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores an entry; a cache that cannot be written (read-only home, full disk) is silently not used. */
    void put(String key, Entry entry) {
        boolean written = CacheFile.write(directory.resolve(key + ".bin"), key, data -> {
            RecordCodec.Writer writer = new RecordCodec.Writer(data);
            writer.write(key);
            writer.write(entry.catalog());
            writer.write(entry.schemas());
            writer.write(entry.unmanagedObjects());
        });
        if (written) {
            try {
                evictOld();
            } catch (IOException | RuntimeException e) {
                // Old entries stay until the next put; each is complete and keyed, so none is ever wrong.
            }
        }
    }

    private void evictOld() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(directory)) {
            entries = files.filter(p -> p.getFileName().toString().endsWith(".bin"))
                    .sorted(Comparator.comparing(DesiredStateCache::modified).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) throws IOException {
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new IOException("expected a list of strings");
        }
        return (List<String>) list;
    }

    /**
     * This build of Converge: its version, the shape of the model (record components, recursively, and enum
     * constants), and the jar's size and time (or, run from a classes directory, every class file's), so that a
     * rebuilt Converge whose inspector prints something differently never reads what an older one wrote.
     */
    static final class BuildFingerprint {
        static final String VALUE = compute();

        private BuildFingerprint() {
        }

        private static String compute() {
            StringBuilder text = new StringBuilder();
            try (InputStream in = DesiredStateCache.class.getResourceAsStream("/dev/converge/version.properties")) {
                text.append(in == null ? "no version" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.append("unreadable version");
            }
            shape(Catalog.class, new TreeSet<>(), text);
            text.append(codeSource());
            return text.toString();
        }

        private static void shape(Type type, Set<String> seen, StringBuilder text) {
            if (type instanceof ParameterizedType p) {
                text.append(p.getRawType().getTypeName()).append('<');
                for (Type argument : p.getActualTypeArguments()) {
                    shape(argument, seen, text);
                }
                text.append('>');
                return;
            }
            if (!(type instanceof Class<?> c)) {
                text.append(type.getTypeName());
                return;
            }
            text.append(c.getName());
            if (!seen.add(c.getName())) {
                return;
            }
            if (c.isEnum()) {
                text.append(List.of(c.getEnumConstants()));
            } else if (c.isRecord()) {
                text.append('(');
                for (RecordComponent component : c.getRecordComponents()) {
                    text.append(component.getName()).append(' ');
                    shape(component.getGenericType(), seen, text);
                    text.append(',');
                }
                text.append(')');
            }
        }

        private static String codeSource() {
            try {
                Path location = Path.of(DesiredStateCache.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                if (Files.isRegularFile(location)) {
                    return location + " " + Files.size(location) + " " + modified(location);
                }
                List<String> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(location)) {
                    walk.filter(Files::isRegularFile).sorted()
                            .forEach(f -> files.add(f + " " + f.toFile().length() + " " + modified(f)));
                }
                return String.join("\n", files);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // Unknown build: a fresh key per run, i.e. no caching rather than a stale entry.
                return "unknown build " + System.nanoTime();
            }
        }
    }
}
