package dev.converge.app;

import dev.converge.connect.ConnectionSpec;
import dev.converge.connect.ConnectionSpecParser;
import dev.converge.source.dev.DockerPostgres;

/**
 * Where the user said the desired state is to be normalised: {@code --dev-db} (or {@code dev_db:} of an environment
 * in converge.yaml), one of {@code URL}, {@code target}, {@code private}, or nothing (the default). See
 * {@link DevServers} for what each means.
 */
public sealed interface DevServerChoice {

    /** Nothing said: the private server of the target's major version, else the target's server, saying why. */
    record Default() implements DevServerChoice {
    }

    /** {@code --dev-db private}: the private server; when it cannot serve, an error instead of the fallback. */
    record PrivateServer() implements DevServerChoice {
    }

    /** {@code --dev-db target}: a temporary database on the target's server (what Converge did before 2026-12). */
    record TargetServer() implements DevServerChoice {
    }

    /** {@code --dev-db URL}: a temporary database on that server. */
    record Server(ConnectionSpec spec) implements DevServerChoice {
        @Override
        public String toString() {
            return spec.toString();
        }
    }

    /** {@code --dev-db docker://IMAGE} (diff only): a container started for the run. */
    record Docker(String image) implements DevServerChoice {
    }

    DevServerChoice DEFAULT = new Default();

    String TARGET = "target";
    String PRIVATE = "private";

    /** Reads the option's value; {@code null} is the default. */
    static DevServerChoice parse(String value, ConnectionSpecParser parser) {
        if (value == null) {
            return DEFAULT;
        }
        if (value.equals(TARGET)) {
            return new TargetServer();
        }
        if (value.equals(PRIVATE)) {
            return new PrivateServer();
        }
        if (value.startsWith(DockerPostgres.SCHEME)) {
            return new Docker(value.substring(DockerPostgres.SCHEME.length()));
        }
        return new Server(parser.parse(value));
    }

    /** The server the user named with a URL, or null. */
    default ConnectionSpec explicitServer() {
        return this instanceof Server server ? server.spec() : null;
    }
}
