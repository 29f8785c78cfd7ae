package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the tests of dependents Converge does not manage share: the desired-state file and the refusal's shape. */
final class UnmanagedRefusal {

    private UnmanagedRefusal() {
    }

    /** Writes {@code sql} as the desired state {@code schema/app.sql} under {@code dir}; returns its path. */
    static String desired(Path dir, String sql) throws IOException {
        Files.createDirectories(dir.resolve("schema"));
        return Files.writeString(dir.resolve("schema/app.sql"), sql).toString();
    }

    /** Refused up front (exit 1) naming {@code blocker}, with the remedies, and no stack trace. */
    static void assertRefused(CliRun run, String blocker) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(Main.EXIT_ERROR);
        assertThat(run.err()).contains("objects Converge does not manage depend on", blocker,
                "list their schema with --schema", "or drop or change them by hand first; nothing was changed");
        assertThat(run.err()).doesNotContain("Exception");
    }
}
