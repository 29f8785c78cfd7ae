package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.converge.connect.ConnectionSpecParser;
import dev.converge.testing.TestDatabase;
import dev.converge.testing.TestServer;

/**
 * Faults of the temporary dev database: a --dev-db role that may not create it, dropped by another session while the
 * desired state loads, a server with no connection slot free for the dev role, and a run killed (SIGKILL) while loading, whose dev database the next run
 * on this host must drop. Each error is exit 1 with a message naming --dev-db or the dev database, the target
 * unchanged, and no converge_dev_* database of the run left behind.
 */
class DevDatabaseFaultTest {

    private static final String CURRENT = "CREATE TABLE t0 (id int PRIMARY KEY); INSERT INTO t0 VALUES (1);";

    /** A desired state whose load sleeps in a DO block; {@code marker} finds that statement in pg_stat_activity. */
    private static String slowDesired(String marker, int sleepSeconds) {
        return """
                CREATE TABLE t0 (id int PRIMARY KEY, added text);
                CREATE TABLE t1 (id int PRIMARY KEY);
                DO $$ BEGIN PERFORM pg_sleep(%d); /* %s */ END $$;
                CREATE TABLE t2 (id int PRIMARY KEY, t1 int REFERENCES t1);
                """.formatted(sleepSeconds, marker);
    }

    @ParameterizedTest(name = "{0}, dev database on {1}")
    @CsvSource({"plan, the target's server", "apply, --dev-db"})
    void devDatabaseDroppedWhileLoadingIsAClearError(String command, String where, @TempDir Path dir)
            throws Exception {
        String marker = "converge-drop-me-" + UUID.randomUUID();
        Path desired = Files.writeString(dir.resolve("desired.sql"), slowDesired(marker, 60));
        boolean devDbOption = where.equals("--dev-db");
        try (TestDatabase target = TestDatabase.withSql(CURRENT)) {
            List<String> before = UserSchema.of(target);
            CompletableFuture<String> dropper = CompletableFuture.supplyAsync(() -> dropWhenLoading(marker));
            List<String> args = new ArrayList<>(List.of(command, "--db", target.url(), "--desired",
                    desired.toString(), "--no-cache"));
            // the target's server (no longer the default, which is a private server) or a --dev-db URL
            args.addAll(List.of("--dev-db", devDbOption ? target.url().replace("/" + target.name(), "/postgres")
                    : "target"));
            if (command.equals("apply")) {
                args.add("--auto-approve");
            }
            long start = System.nanoTime();
            CliCapture run = CliCapture.run(args.toArray(String[]::new));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String dropped = dropper.get(60, TimeUnit.SECONDS);

            assertThat(run.crashEvidence()).as(run.all()).isNull();
            assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
            assertThat(run.err()).as(run.all())
                    .contains(devDbOption ? "--dev-db " + TestServer.admin() : "dev database " + dropped)
                    .contains(dropped, "was lost while the desired state was loaded",
                            "terminating connection due to administrator command", "nothing was changed");
            assertThat(millis).as("the run ends when its dev database is dropped, not after the 60 s sleep")
                    .isLessThan(30_000);
            assertThat(UserSchema.of(target)).as("target after %s", command).isEqualTo(before);
            assertThat(ServerAdmin.devDatabasesOf(ProcessHandle.current().pid())).as("dev databases left").isEmpty();
            System.out.printf("dev database dropped mid-load (%s): exit 1 after %d ms: %s%n", command, millis,
                    run.err().strip());
        }
    }

    /** Waits until the dev database runs the marked statement, then drops it as another session would. */
    private static String dropWhenLoading(String marker) {
        try {
            String name = ServerAdmin.waitForDevBackend(marker, Duration.ofSeconds(60)).database();
            ServerAdmin.execute("DROP DATABASE \"" + name + "\" WITH (FORCE)");
            return name;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** --dev-db names a role without CREATEDB: a clear error naming --dev-db; nothing created, target untouched. */
    @Test
    void devDatabaseThatCannotBeCreatedIsAClearError(@TempDir Path dir) throws Exception {
        String role = "converge_nocreatedb_" + UUID.randomUUID().toString().substring(0, 8);
        ServerAdmin.execute("CREATE ROLE " + role + " LOGIN NOCREATEDB");
        try {
            refusedByDevServer(dir, role, "permission denied to create database", "the user needs CREATEDB there");
        } finally {
            ServerAdmin.execute("DROP ROLE " + role);
        }
    }

    /**
     * "Server full", as far as a shared server lets a test make it so: the --dev-db role has a connection limit of
     * one, and that connection is taken, so every connection Converge opens there fails with too_many_connections
     * (53300), the error a server whose max_connections is reached gives too.
     */
    @Test
    void devServerWithNoConnectionSlotIsAClearError(@TempDir Path dir) throws Exception {
        String role = "converge_full_" + UUID.randomUUID().toString().substring(0, 8);
        ServerAdmin.execute("CREATE ROLE " + role + " LOGIN CREATEDB CONNECTION LIMIT 1");
        try (Connection slot = new ConnectionSpecParser(Map.of()).parse(ServerAdmin.roleUrl(role, "postgres"))
                .open()) {
            refusedByDevServer(dir, role, "too many connections for role", "no connection slot is free");
        } finally {
            ServerAdmin.execute("DROP ROLE " + role);
        }
    }

    /**
     * plan and apply with --dev-db naming {@code role} each exit 1 with a message naming --dev-db and containing
     * {@code expected}; the target is unchanged and the role owns no database afterwards.
     */
    private static void refusedByDevServer(Path dir, String role, String... expected) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), "CREATE TABLE t1 (id int PRIMARY KEY);");
        String devUrl = ServerAdmin.roleUrl(role, "postgres");
        try (TestDatabase target = TestDatabase.withSql(CURRENT)) {
            List<String> before = UserSchema.of(target);
            for (String command : List.of("plan", "apply")) {
                List<String> args = new ArrayList<>(List.of(command, "--db", target.url(), "--desired",
                        desired.toString(), "--dev-db", devUrl));
                if (command.equals("apply")) {
                    args.add("--auto-approve");
                }
                CliCapture run = CliCapture.run(args.toArray(String[]::new));
                assertThat(run.crashEvidence()).as(run.all()).isNull();
                assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
                assertThat(run.err()).as(run.all()).contains("--dev-db " + devUrl,
                        "cannot create the temporary dev database there", "nothing was changed").contains(expected);
                assertThat(UserSchema.of(target)).as("target after %s", command).isEqualTo(before);
                System.out.printf("refused by the dev server (%s): %s%n", command, run.err().strip());
            }
        }
        assertThat(ServerAdmin.strings("SELECT d.datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
                + "WHERE r.rolname = ?", role)).as("databases of the role").isEmpty();
    }

    /**
     * A plan process killed while it loads the desired state leaves its dev database (no shutdown hook runs on
     * SIGKILL); the next run on this host drops it, and leaves the dev database of a run that is still loading.
     */
    @Test
    void devDatabaseOfAKilledRunIsDroppedByTheNextRun(@TempDir Path dir) throws Exception {
        String killedMarker = "converge-killed-" + UUID.randomUUID();
        String liveMarker = "converge-live-" + UUID.randomUUID();
        Path killedDesired = Files.writeString(dir.resolve("killed.sql"), slowDesired(killedMarker, 60));
        Path liveDesired = Files.writeString(dir.resolve("live.sql"), slowDesired(liveMarker, 60));
        Path quickDesired = Files.writeString(dir.resolve("quick.sql"), "CREATE TABLE t1 (id int PRIMARY KEY);");
        List<String> leftovers = new ArrayList<>();
        try (TestDatabase target = TestDatabase.withSql(CURRENT)) {
            // The server notices the killed client within 100 ms even while its backend sleeps.
            String url = target.url() + "?options=-c%20client_connection_check_interval%3D100";
            ConvergeProcess killed = ConvergeProcess.start(dir, Map.of(), "plan", "--db", url, "--desired",
                    killedDesired.toString(), "--no-cache", "--dev-db", "target");
            ServerAdmin.DevBackend killedDev = ServerAdmin.waitForDevBackend(killedMarker, Duration.ofSeconds(90));
            leftovers.add(killedDev.database());
            killed.kill();
            ServerAdmin.waitUntilGone(killedDev.pid(), Duration.ofSeconds(30));
            assertThat(ServerAdmin.devDatabasesOf(killed.pid())).as("what SIGKILL left")
                    .containsExactly(killedDev.database());

            ConvergeProcess live = ConvergeProcess.start(dir, Map.of(), "plan", "--db", url, "--desired",
                    liveDesired.toString(), "--no-cache", "--dev-db", "target");
            ServerAdmin.DevBackend liveDev = ServerAdmin.waitForDevBackend(liveMarker, Duration.ofSeconds(90));
            leftovers.add(liveDev.database());

            long start = System.nanoTime();
            CliCapture next = CliCapture.run("plan", "--db", target.url(), "--desired", quickDesired.toString(),
                    "--no-cache", "--dev-db", "target");
            assertThat(next.exitCode()).as(next.all()).isEqualTo(2);
            System.out.printf("the run after the SIGKILL dropped %s in a plan of %d ms%n", killedDev.database(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            assertThat(ServerAdmin.databaseExists(killedDev.database())).as("the killed run's dev database")
                    .isFalse();
            assertThat(ServerAdmin.databaseExists(liveDev.database())).as("the live run's dev database").isTrue();
            assertThat(live.isAlive()).as("the live run goes on: %s", live.output()).isTrue();
            live.kill();
        } finally {
            for (String name : leftovers) {
                ServerAdmin.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            }
        }
    }
}
