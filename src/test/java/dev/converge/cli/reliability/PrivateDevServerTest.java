package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * The default dev server is a private PostgreSQL of the target's major version: a plan puts no database and no DDL on
 * the target's server (so it needs no CREATEDB there), an extension the private binaries lack makes it fall back to
 * the target's server with one line saying why ({@code --dev-db private} makes that an error), and a run killed with
 * SIGKILL leaves no server running.
 */
class PrivateDevServerTest {

    private static final String DESIRED = """
            CREATE SCHEMA app;
            CREATE TABLE app.customer (id int PRIMARY KEY, name text, email text);
            CREATE INDEX customer_email ON app.customer (email);
            GRANT SELECT ON app.customer TO %s;
            """;

    /**
     * The target's role has no CREATEDB, and an event trigger in the target database records every DDL command:
     * the plan works, and the target's server saw neither a CREATE DATABASE (it would have been refused) nor DDL; the
     * apply that follows rehearses on the private server too.
     */
    @Test
    void planPutsNoDatabaseAndNoDdlOnTheTargetServer(@TempDir Path dir) throws Exception {
        String owner = "converge_pd_" + UUID.randomUUID().toString().substring(0, 8);
        String reader = owner + "_reader";
        ServerAdmin.execute("CREATE ROLE " + owner + " LOGIN NOSUPERUSER NOCREATEDB");
        ServerAdmin.execute("CREATE ROLE " + reader + " NOLOGIN");
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED.formatted(reader));
        try (TestDatabase target = TestDatabase.withSql("""
                CREATE SCHEMA app AUTHORIZATION %1$s;
                CREATE TABLE public.ddl_seen (command text, at timestamptz DEFAULT now());
                GRANT INSERT ON public.ddl_seen TO PUBLIC;
                CREATE FUNCTION public.record_ddl() RETURNS event_trigger LANGUAGE plpgsql AS
                  $$ BEGIN INSERT INTO public.ddl_seen (command) VALUES (tg_tag); END $$;
                CREATE EVENT TRIGGER record_ddl ON ddl_command_start EXECUTE FUNCTION public.record_ddl();
                SET ROLE %1$s;
                CREATE TABLE app.customer (id int PRIMARY KEY, name text);
                RESET ROLE;
                """.formatted(owner))) {
            String url = ServerAdmin.roleUrl(owner, target.name());
            target.execute("DELETE FROM public.ddl_seen"); // what the setup above did
            CliCapture plan = CliCapture.run("plan", "--db", url, "--desired", desired.toString(), "--no-cache");
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(2);
            assertThat(plan.out()).contains("ADD COLUMN email text", "CREATE INDEX", "GRANT SELECT ON TABLE app.customer TO "
                    + reader);
            assertThat(plan.err()).as("no fallback notice").doesNotContain("target's server");
            assertThat(target.queryBoolean("SELECT count(*) = 0 FROM public.ddl_seen"))
                    .as("DDL seen in the target database").isTrue();

            CliCapture onTarget = CliCapture.run("plan", "--db", url, "--desired", desired.toString(), "--no-cache",
                    "--dev-db", "target");
            assertThat(onTarget.exitCode()).as(onTarget.all()).isEqualTo(1);
            assertThat(onTarget.err()).contains("permission denied to create database");

            // The rehearsal of apply runs on the private server as well: no CREATEDB needed on the target's.
            CliCapture apply = CliCapture.run("apply", "--db", url, "--desired", desired.toString(), "--no-cache",
                    "--auto-approve", "--no-history", "--allow-hazard", "index-build");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            // (Rehearsed on the target's server, it would have failed: this role may not create databases there.)
            assertThat(apply.err()).as("no fallback notice").doesNotContain("target's server");
            CliCapture again = CliCapture.run("plan", "--db", url, "--desired", desired.toString());
            assertThat(again.exitCode()).as(again.all()).isZero();
        } finally {
            ServerAdmin.execute("DROP ROLE " + reader);
            ServerAdmin.execute("DROP ROLE " + owner);
        }
    }

    /** An extension the private binaries do not have: one notice, then the target's server (which lacks it too). */
    @Test
    void anExtensionThePrivateServerLacksFallsBackToTheTargetServer(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), """
                CREATE EXTENSION converge_no_such_extension;
                CREATE TABLE t (id int);
                """);
        try (TestDatabase target = TestDatabase.create()) {
            CliCapture plan = CliCapture.run("plan", "--db", target.url(), "--desired", desired.toString(),
                    "--no-cache");
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(1);
            assertThat(plan.err().lines().filter(l -> l.startsWith("converge: normalising")).toList())
                    .as(plan.all()).singleElement().asString()
                    .contains("target's server", "needs extension converge_no_such_extension");
            assertThat(plan.err()).contains("converge_no_such_extension", "is not available");

            CliCapture required = CliCapture.run("plan", "--db", target.url(), "--desired", desired.toString(),
                    "--no-cache", "--dev-db", "private");
            assertThat(required.exitCode()).as(required.all()).isEqualTo(1);
            assertThat(required.err()).contains("--dev-db private", "converge_no_such_extension",
                    "--dev-db target").doesNotContain("converge: normalising");
        }
    }

    /**
     * A load that fails on the private server for want of something a server has (here a collation) is tried once
     * more on the target's server, after one notice; a plain error in the desired state is not.
     */
    @Test
    void aLoadThatNeedsWhatOnlyTheTargetsServerHasIsTriedThere(@TempDir Path dir) throws Exception {
        Path collation = Files.writeString(dir.resolve("collation.sql"),
                "CREATE TABLE t (c text COLLATE \"converge_no_such_collation\");");
        Path typo = Files.writeString(dir.resolve("typo.sql"), "CREATE TABLE t (c txet);");
        try (TestDatabase target = TestDatabase.create()) {
            CliCapture plan = CliCapture.run("plan", "--db", target.url(), "--desired", collation.toString(),
                    "--no-cache");
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(1);
            assertThat(plan.err().lines().filter(l -> l.startsWith("converge: normalising")).toList())
                    .as(plan.all()).singleElement().asString()
                    .contains("target's server", "could not load it", "converge_no_such_collation");

            CliCapture typoPlan = CliCapture.run("plan", "--db", target.url(), "--desired", typo.toString(),
                    "--no-cache");
            assertThat(typoPlan.exitCode()).as(typoPlan.all()).isEqualTo(1);
            assertThat(typoPlan.err()).contains("typo.sql:1:", "txet").doesNotContain("converge: normalising");
        }
    }

    /** SIGKILL while the private server loads: the parent-death signal stops the server within seconds. */
    @Test
    void aKilledRunLeavesNoPrivateServerRunning(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), """
                CREATE TABLE t0 (id int);
                DO $$ BEGIN PERFORM pg_sleep(60); END $$;
                """);
        try (TestDatabase target = TestDatabase.create()) {
            ConvergeProcess run = ConvergeProcess.start(dir, Map.of(), "plan", "--db", target.url(), "--desired",
                    desired.toString(), "--no-cache");
            ProcessHandle postmaster = waitForServer(run.pid(), Duration.ofSeconds(90), run);
            List<ProcessHandle> servers = postmaster.descendants().toList();
            run.kill();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (postmaster.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(postmaster.isAlive()).as("the private server after its run was killed").isFalse();
            Thread.sleep(500);
            assertThat(servers.stream().filter(ProcessHandle::isAlive).toList()).as("its backends").isEmpty();
        }
    }

    /** A PostgreSQL backend's process title ("postgres: user database host(port) DO"), from /proc. */
    private static String title(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline")).replace('\0', ' ')
                    .strip();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** The private postmaster among the run's children, once one of its backends runs the DO block. */
    private static ProcessHandle waitForServer(long pid, Duration within, ConvergeProcess run) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(run.isAlive()).as(run.output()).isTrue();
            for (ProcessHandle child : ProcessHandle.of(pid).orElseThrow().children().toList()) {
                boolean loading = child.descendants().anyMatch(p -> title(p).endsWith(" DO"));
                if (loading) {
                    return child;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no private server loading within " + within + ": " + run.output());
    }
}
