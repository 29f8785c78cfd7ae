package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;
import dev.converge.testing.TestServer;

/**
 * A password given in the URL, in PGPASSWORD or in ~/.pgpass never appears in anything a run writes: standard
 * output, standard error, or any file in its working, home or temporary directory. Runs that succeed and runs that
 * fail (broken desired state, unreachable --dev-db, missing database) are both tried, since error paths are where
 * connection strings leak. The test server trusts local connections, so the password is accepted but never
 * checked; what matters is what Converge does with it.
 */
class PasswordLeakTest {

    private static final List<String> LIBPQ = List.of("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE",
            "PGPASSFILE", "PGSSLMODE");

    @Test
    void thePasswordAppearsNowhere(@TempDir Path dir) throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String role = "converge_pw_" + suffix;
        String password = "Pw-" + suffix + "-s3cr3t";
        ServerAdmin.execute("CREATE ROLE " + role + " LOGIN SUPERUSER PASSWORD '" + password + "'");
        Path work = Files.createDirectory(dir.resolve("work"));
        Path good = Files.writeString(dir.resolve("good.sql"), "CREATE TABLE t (id int PRIMARY KEY, v text);\n");
        Path bad = Files.writeString(dir.resolve("bad.sql"), "CREATE TABLE t (id int PRIMARY KEY, v nosuchtype);\n");
        String hostPort = TestServer.admin().host() + ":" + TestServer.admin().port();
        int runs = 0;
        try (TestDatabase target = TestDatabase.create()) {
            String withPassword = "postgresql://" + role + ":" + password + "@" + hostPort + "/" + target.name();
            String withoutPassword = "postgresql://" + role + "@" + hostPort + "/" + target.name();
            Map<String, String> clean = cleanEnvironment();

            runs += runAll(work, clean, withPassword, good, bad, password, hostPort);

            Map<String, String> pgpassword = new HashMap<>(clean);
            pgpassword.put("PGPASSWORD", password);
            runs += runAll(work, pgpassword, withoutPassword, good, bad, password, hostPort);

            Path pgpass = work.resolve(".pgpass");
            Files.writeString(pgpass, TestServer.admin().host() + ":" + TestServer.admin().port() + ":*:" + role
                    + ":" + password + "\n");
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
            runs += runAll(work, clean, withoutPassword, good, bad, password, hostPort);
            Files.delete(pgpass);
        } finally {
            ServerAdmin.execute("DROP ROLE " + role);
        }
        assertThat(runs).isEqualTo(18);
        assertThat(filesContaining(work, password)).as("files that contain the password").isEmpty();
    }

    /** plan, apply, drift, and three failing runs; returns how many ran. */
    private static int runAll(Path work, Map<String, String> env, String db, Path good, Path bad, String password,
                              String hostPort) throws Exception {
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"plan", "--db", db, "--desired", good.toString()});
        commands.add(new String[] {"apply", "--db", db, "--desired", good.toString(), "--auto-approve"});
        commands.add(new String[] {"drift", "--db", db, "--desired", good.toString()});
        commands.add(new String[] {"apply", "--db", db, "--desired", bad.toString(), "--auto-approve"});
        commands.add(new String[] {"plan", "--db", db, "--desired", good.toString(), "--dev-db",
                "postgresql://someone:" + password + "@127.0.0.1:1/postgres"});
        commands.add(new String[] {"plan", "--db", db.replaceAll("/[^/]*$", "/no_such_db_" + hostPort.length()),
                "--desired", good.toString()});
        List<Integer> expected = List.of(-1, 0, 0, 1, 1, 1);
        for (int i = 0; i < commands.size(); i++) {
            ConvergeProcess run = ConvergeProcess.start(work, env, commands.get(i));
            int exit = run.waitFor();
            String output = run.output();
            if (expected.get(i) >= 0) {
                assertThat(exit).as("%s: %s", String.join(" ", commands.get(i)[0]), output)
                        .isEqualTo(expected.get(i));
            } else {
                assertThat(exit).as(output).isIn(0, 2);
            }
            assertThat(output).as("output of run %d", i).doesNotContain(password);
        }
        return commands.size();
    }

    private static Map<String, String> cleanEnvironment() {
        Map<String, String> env = new HashMap<>();
        LIBPQ.forEach(name -> env.put(name, null));
        return env;
    }

    private static List<Path> filesContaining(Path dir, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> contains(f, needle)).toList();
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            String haystack = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return haystack.contains(new String(needle, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
