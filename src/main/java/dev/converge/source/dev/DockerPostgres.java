package dev.converge.source.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;

/**
 * A PostgreSQL server in a Docker container ({@code --dev-db docker://postgres:16}), started for one run and
 * removed afterwards. It drives the {@code docker} command line rather than a Docker client library: the product
 * jar then carries no container framework (Testcontainers brought JUnit 4 and 20,000 shaded classes into it), and
 * the user's own Docker configuration (contexts, DOCKER_HOST) applies as it does for their other commands.
 */
public final class DockerPostgres implements AutoCloseable {

    public static final String SCHEME = "docker://";

    /** How long the official image may take to initialise its data directory and start for real. */
    private static final long READY_TIMEOUT_MILLIS = 90_000;

    private final String container;
    private final ConnectionSpec spec;

    private DockerPostgres(String container, ConnectionSpec spec) {
        this.container = container;
        this.spec = spec;
    }

    /**
     * @param image e.g. {@code postgres:16}; any image compatible with the official postgres image
     * @throws ConvergeException when Docker is not available or the container does not start, naming the image
     */
    public static DockerPostgres start(String image) {
        if (image.isBlank()) {
            throw new ConvergeException("--dev-db docker:// needs an image, e.g. docker://postgres:16");
        }
        String where = "starting a dev database in Docker (" + SCHEME + image + "): ";
        try {
            docker("version", "--format", "{{.Server.Version}}");
        } catch (ConvergeException e) {
            throw new ConvergeException(where + "no Docker engine is reachable (set DOCKER_HOST or start Docker), "
                    + "or pass --dev-db URL naming a PostgreSQL server where databases may be created");
        }
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        String container;
        try {
            container = docker("run", "--detach", "--rm", "--label", "dev.converge=dev-db",
                    "--env", "POSTGRES_PASSWORD=" + password, "--publish", "127.0.0.1::5432", image).strip();
        } catch (ConvergeException e) {
            throw new ConvergeException(where + e.getMessage() + " (or pass --dev-db URL naming a PostgreSQL server)");
        }
        try {
            String port = docker("port", container, "5432/tcp").lines().findFirst().orElseThrow();
            ConnectionSpec spec = new ConnectionSpec("127.0.0.1",
                    Integer.parseInt(port.substring(port.lastIndexOf(':') + 1).strip()), "postgres", "postgres",
                    password, Map.of());
            awaitReady(spec, where);
            return new DockerPostgres(container, spec);
        } catch (RuntimeException e) {
            removeQuietly(container);
            throw e instanceof ConvergeException c ? c : new ConvergeException(where + e.getMessage(), e);
        }
    }

    /**
     * The image's entrypoint runs initdb and a first server that listens on no TCP port, then the real one: the
     * first TCP connection that succeeds is the real server.
     */
    private static void awaitReady(ConnectionSpec spec, String where) {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (true) {
            try (Connection ignored = spec.open()) {
                return;
            } catch (Exception e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new ConvergeException(where + "the server did not accept connections within "
                            + READY_TIMEOUT_MILLIS / 1000 + " s (" + e.getMessage() + ")", e);
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConvergeException(where + "interrupted", e);
            }
        }
    }

    /** Runs {@code docker ARGS}; its standard output, or an error with what docker said. */
    private static String docker(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new ConvergeException("docker " + args[0] + " failed: " + err.strip());
            }
            return out;
        } catch (IOException e) {
            throw new ConvergeException("the docker command could not run (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConvergeException("interrupted while running docker " + args[0], e);
        }
    }

    private static void removeQuietly(String container) {
        try {
            docker("rm", "--force", container);
        } catch (ConvergeException e) {
            // best effort: the container was started with --rm and goes away when it stops
        }
    }

    public ConnectionSpec spec() {
        return spec;
    }

    @Override
    public void close() {
        removeQuietly(container);
    }
}
