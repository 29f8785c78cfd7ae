package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a server of its own ({@link PrivateTlsServer}) that checks passwords (scram-sha-256) and accepts TLS
 * connections only: Converge connects with the right password, from the URL or PGPASSWORD, verifying the server's
 * certificate ({@code sslmode=verify-full}, {@code sslrootcert}); a wrong or missing password, a certificate that
 * does not verify and a connection without TLS are each exit 1 with a clear message that never shows a password.
 */
class TlsPasswordTest {

    private static final String PASSWORD = "Tls-" + UUID.randomUUID().toString().substring(0, 8) + "-s3cr3t";
    private static final String DESIRED = "CREATE TABLE t (id int PRIMARY KEY, v text);\n";
    private static PrivateTlsServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = PrivateTlsServer.start(PASSWORD);
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE app");
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static String verified() {
        return "sslmode=verify-full&sslrootcert=" + server.rootCertificate();
    }

    @Test
    void theRightPasswordOverVerifiedTlsPlansAppliesAndDrifts(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        String url = server.url("postgres:" + PASSWORD, "app", verified());
        for (String[] args : new String[][] {
            {"plan", "--db", url, "--desired", desired.toString()},
            {"apply", "--db", url, "--desired", desired.toString(), "--auto-approve"},
            {"drift", "--db", url, "--desired", desired.toString()}}) {
            CliCapture run = CliCapture.run(args);
            assertThat(run.exitCode()).as(run.all()).isEqualTo(args[0].equals("plan") ? 2 : 0);
            assertThat(run.all()).doesNotContain(PASSWORD);
        }
        try (Connection c = server.connect("app"); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(row.next() && row.getBoolean(1)).as("the server speaks TLS").isTrue();
        }
    }

    @Test
    void pgpasswordIsUsedWhenTheUrlHasNone(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        Map<String, String> env = new HashMap<>();
        env.put("PGPASSWORD", PASSWORD);
        env.put("PGSSLMODE", null);
        ConvergeProcess plan = ConvergeProcess.start(dir, env, "plan", "--db", server.url("postgres", "app",
                verified()), "--desired", desired.toString());
        assertThat(plan.waitFor()).as(plan.output()).isIn(0, 2);
        assertThat(plan.output()).doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        String wrong = "Wrong-" + UUID.randomUUID().toString().substring(0, 8);
        CliCapture run = CliCapture.run("plan", "--db", server.url("postgres:" + wrong, "app", verified()),
                "--desired", desired.toString());
        assertThat(run.crashEvidence()).as(run.all()).isNull();
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains("password authentication failed for user \"postgres\"",
                "check the user and password");
        assertThat(run.all()).doesNotContain(wrong).doesNotContain(PASSWORD);
        System.out.println("wrong password: " + run.err().strip());
    }

    @Test
    void noPasswordIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        Map<String, String> env = new HashMap<>();
        env.put("PGPASSWORD", null);
        ConvergeProcess plan = ConvergeProcess.start(dir, env, "plan", "--db", server.url("postgres", "app",
                verified()), "--desired", desired.toString());
        assertThat(plan.waitFor()).as(plan.output()).isEqualTo(1);
        assertThat(plan.output()).contains("no password was provided", "PGPASSWORD").doesNotContain("\tat ");
        System.out.println("no password: " + plan.output().strip());
    }

    @Test
    void aCertificateThatDoesNotVerifyIsRefused(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        CliCapture run = CliCapture.run("plan", "--db", server.url("postgres:" + PASSWORD, "app",
                "sslmode=verify-full&sslrootcert=" + server.otherCertificate()), "--desired", desired.toString());
        assertThat(run.crashEvidence()).as(run.all()).isNull();
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains("SSL error", "certificate could not be verified", "sslrootcert");
        assertThat(run.all()).doesNotContain(PASSWORD);
        System.out.println("certificate not verified: " + run.err().strip());
    }

    @Test
    void aConnectionWithoutTlsIsRefused(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        CliCapture run = CliCapture.run("plan", "--db", server.url("postgres:" + PASSWORD, "app", "sslmode=disable"),
                "--desired", desired.toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains("pg_hba.conf rejects connection", "no encryption", "only over TLS");
        assertThat(run.all()).doesNotContain(PASSWORD);
    }
}
