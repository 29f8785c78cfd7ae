package dev.converge.app;

import dev.converge.connect.ConnectionSpec;
import dev.converge.connect.ConnectionSpecParser;
import dev.converge.source.dev.DockerPostgres;
import dev.converge.source.dev.EmbeddedPostgres;

/**
 * The server on which temporary databases are created for a run of {@code diff}: the one given with
 * {@code --dev-db} (a URL, or {@code docker://IMAGE}), else the server of a database source, else an embedded
 * PostgreSQL started for the run. Closing it stops what it started, and nothing else.
 */
public final class DevServer implements AutoCloseable {

    private final ConnectionSpec spec;
    private final AutoCloseable started;

    private DevServer(ConnectionSpec spec, AutoCloseable started) {
        this.spec = spec;
        this.started = started;
    }

    public static DevServer choose(String devDbOption, DiffSource current, DiffSource desired,
                                   ConnectionSpecParser parser, Progress progress) {
        if (devDbOption != null && devDbOption.startsWith(DockerPostgres.SCHEME)) {
            String image = devDbOption.substring(DockerPostgres.SCHEME.length());
            progress.step("starting " + image + " in Docker as the dev database");
            DockerPostgres docker = DockerPostgres.start(image);
            return new DevServer(docker.spec(), docker);
        }
        if (devDbOption != null) {
            return new DevServer(parser.parse(devDbOption), null);
        }
        if (current instanceof DiffSource.Database database) {
            return new DevServer(database.spec(), null);
        }
        if (desired instanceof DiffSource.Database database) {
            return new DevServer(database.spec(), null);
        }
        progress.step("starting an embedded PostgreSQL as the dev database");
        EmbeddedPostgres embedded = EmbeddedPostgres.start();
        return new DevServer(embedded.spec(), embedded);
    }

    public ConnectionSpec spec() {
        return spec;
    }

    @Override
    public void close() {
        if (started == null) {
            return;
        }
        try {
            started.close();
        } catch (Exception e) {
            throw new dev.converge.error.ConvergeException("stopping the dev database server: " + e.getMessage(), e);
        }
    }
}
