package dev.converge.source.dev;

import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;

/**
 * A PostgreSQL server in a Docker container ({@code --dev-db docker://postgres:16}), started through
 * Testcontainers for one run and removed afterwards.
 */
public final class DockerPostgres implements AutoCloseable {

    public static final String SCHEME = "docker://";

    private final PostgreSQLContainer<?> container;

    private DockerPostgres(PostgreSQLContainer<?> container) {
        this.container = container;
    }

    /**
     * @param image e.g. {@code postgres:16}; any image compatible with the official postgres image
     * @throws ConvergeException when Docker is not available or the container does not start, naming the image
     */
    public static DockerPostgres start(String image) {
        if (image.isBlank()) {
            throw new ConvergeException("--dev-db docker:// needs an image, e.g. docker://postgres:16");
        }
        if (!dockerAvailable()) {
            throw new ConvergeException("starting a dev database in Docker (" + SCHEME + image + "): no Docker "
                    + "engine is reachable (set DOCKER_HOST or start Docker), or pass --dev-db URL naming a "
                    + "PostgreSQL server where databases may be created");
        }
        PostgreSQLContainer<?> container;
        try {
            container = new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
            container.start();
        } catch (RuntimeException e) {
            throw new ConvergeException("starting a dev database in Docker (" + SCHEME + image + "): "
                    + e.getMessage() + " (or pass --dev-db URL naming a PostgreSQL server)", e);
        }
        return new DockerPostgres(container);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public ConnectionSpec spec() {
        return new ConnectionSpec(container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                container.getDatabaseName(), container.getUsername(), container.getPassword(), Map.of());
    }

    @Override
    public void close() {
        container.stop();
    }
}
