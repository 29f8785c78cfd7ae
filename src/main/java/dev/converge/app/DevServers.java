package dev.converge.app;

import java.sql.Connection;
import java.util.Optional;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.error.UsageException;
import dev.converge.inspect.ServerFacts;
import dev.converge.source.dev.PostgresRelease;

/**
 * Decides where a run normalises its desired state. By default on a private PostgreSQL that Converge starts itself,
 * of the target's major version (PostgreSQL prints definitions the same way within a major), so that a plan puts no
 * database and no DDL on the target's server and needs no CREATEDB there; on the target's server (with one notice
 * saying why) when the private server cannot serve: an unknown platform, a major without binaries, binaries that
 * cannot be fetched, an extension they lack, a server that does not start. {@code --dev-db target} and
 * {@code --dev-db URL} choose a server explicitly, {@code --dev-db private} insists on the private one.
 */
final class DevServers {

    private DevServers() {
    }

    /**
     * @param targetSpec the target, whose server is the fallback
     * @param target an open connection to it: its server's major version and its roles
     */
    static NormalisingServer forTarget(DevServerChoice choice, ConnectionSpec targetSpec, Connection target,
                                       Progress progress) {
        if (choice instanceof DevServerChoice.Server server) {
            return new NormalisingServer.Fixed(server.spec());
        }
        if (choice instanceof DevServerChoice.Docker) {
            throw new UsageException("--dev-db docker://IMAGE is for diff; plan, apply and drift take --dev-db URL, "
                    + "target or private");
        }
        NormalisingServer.Fixed targetServer = new NormalisingServer.Fixed(targetSpec);
        if (choice instanceof DevServerChoice.TargetServer) {
            return targetServer;
        }
        boolean required = choice instanceof DevServerChoice.PrivateServer;
        int major = ServerFacts.majorVersion(target);
        Optional<String> unusable = PostgresRelease.unsupportedPlatform()
                .or(() -> PostgresRelease.forMajor(major).isPresent() ? Optional.empty()
                        : Optional.of("no private server binaries for PostgreSQL " + major + " (Converge has "
                        + PostgresRelease.known() + ")"));
        if (unusable.isPresent()) {
            if (required) {
                throw new ConvergeException("--dev-db private: " + unusable.get()
                        + " (use --dev-db target or --dev-db URL)");
            }
            progress.notice("normalising the desired state on the target's server " + targetServer.describe()
                    + ": " + unusable.get());
            return targetServer;
        }
        return new NormalisingServer.Private(PostgresRelease.forMajor(major).orElseThrow(), ServerFacts.currentUser(target),
                () -> ServerFacts.roles(target), required ? null : targetServer);
    }
}
