package dev.converge.testing;

import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import dev.converge.connect.ConnectionSpec;
import dev.converge.connect.ConnectionSpecParser;

/**
 * The PostgreSQL server that database tests use: {@code CONVERGE_TEST_DB_URL} when set, else a Testcontainers
 * PostgreSQL where Docker runs, else a loud failure that says how to provide one. Tests never skip silently.
 */
public final class TestServer {

    public static final String ENV = "CONVERGE_TEST_DB_URL";

    private static ConnectionSpec admin;
    private static String password;
    private static PostgreSQLContainer<?> container;

    private TestServer() {
    }

    /** A superuser connection spec for the server's maintenance database. */
    public static synchronized ConnectionSpec admin() {
        if (admin == null) {
            admin = locate();
        }
        return admin;
    }

    /** The password a URL for the CLI must carry (Testcontainers only; the env URL carries its own). */
    static synchronized String password() {
        admin();
        return password;
    }

    private static ConnectionSpec locate() {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            String userInfo = java.net.URI.create(url.replaceFirst("^jdbc:", "")).getUserInfo();
            if (userInfo != null && userInfo.contains(":")) {
                password = userInfo.substring(userInfo.indexOf(':') + 1);
            }
            return new ConnectionSpecParser(Map.of()).parse(url);
        }
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        if (docker) {
            container = new PostgreSQLContainer<>("postgres:15");
            container.start();
            password = container.getPassword();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new ConnectionSpec(container.getHost(), container.getFirstMappedPort(),
                    container.getDatabaseName(), container.getUsername(), container.getPassword(), Map.of());
        }
        throw new IllegalStateException("""
                This test needs PostgreSQL and none is available.
                Set %s to a superuser URL, e.g.
                    export %s=postgresql://postgres@127.0.0.1:5432/postgres
                or run Docker so that Testcontainers can start one.""".formatted(ENV, ENV));
    }
}
