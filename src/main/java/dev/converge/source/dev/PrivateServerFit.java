package dev.converge.source.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Whether a private server of a release can load a desired state, before it is started: its binaries (fetched
 * first if need be) must have every extension the desired state creates. zonky's binaries carry PostgreSQL's
 * contrib modules (hstore, pgcrypto, citext, pg_trgm...), not third-party ones such as PostGIS.
 */
public final class PrivateServerFit {

    private PrivateServerFit() {
    }

    /**
     * The first extension of {@code extensions} that the release's binaries lack, if any.
     *
     * @throws dev.converge.error.ConvergeException when the binaries cannot be had (no network, a bad download)
     */
    public static Optional<String> missingExtension(PostgresRelease release, Set<String> extensions,
                                                    Consumer<String> notice) {
        if (extensions.isEmpty()) {
            return Optional.empty();
        }
        PostgresRelease.unsupportedPlatform().ifPresent(why -> {
            throw ServerProcesses.failure(why, null);
        });
        Path binaries = EmbeddedPostgresBinaries.unpacked(release, EmbeddedPostgres.postgresRoot(), notice);
        Path directory = binaries.resolve("share/postgresql/extension");
        return extensions.stream().filter(name -> !Files.isRegularFile(directory.resolve(name + ".control")))
                .findFirst();
    }
}
