package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * Converge run as a role that is no superuser and owns the managed schema, the way a production deployment should
 * run it. What each command needs (docs/privileges.md): plan and drift read the catalogs (the desired state is
 * normalised on a private server; with --dev-db target they need CREATEDB, or --dev-db naming a server where some
 * role has it); apply also owns what it alters, rehearses on the target's server (CREATEDB) and,
 * for its history, may create the schema {@code converge} (CREATE on the database) unless --no-history.
 */
class NonSuperuserTest {

    private static final String V1 = """
            CREATE SCHEMA app;
            CREATE TYPE app.mood AS ENUM ('sad', 'happy');
            CREATE SEQUENCE app.ticket;
            CREATE TABLE app.customer (id int PRIMARY KEY, name text NOT NULL, mood app.mood, email text);
            CREATE INDEX customer_email ON app.customer (email);
            CREATE TABLE app.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer int NOT NULL REFERENCES app.customer, total numeric(10,2) CHECK (total >= 0));
            CREATE VIEW app.big_orders AS SELECT id, customer FROM app.orders WHERE total > 100;
            CREATE FUNCTION app.next_ticket() RETURNS bigint LANGUAGE sql AS 'SELECT nextval(''app.ticket'')';
            COMMENT ON TABLE app.customer IS 'people who order';
            """;
    private static final String V2 = V1
            .replace("email text);", "email text, phone text);")
            .replace("'sad', 'happy'", "'sad', 'happy', 'calm'")
            .replace("WHERE total > 100", "WHERE total > 500")
            + "CREATE TABLE app.audit (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());\n";
    private static final String[] HAZARDS = {"--allow-hazard", "unmanaged-dependencies", "--allow-hazard",
        "validates-rows", "--allow-hazard", "index-build"};

    /** CREATEDB and CREATE on the database: plan, apply with history, drift, history and inspect all work. */
    @Test
    void aSchemaOwnerWithCreatedbRunsEveryCommand(@TempDir Path dir) throws Exception {
        String owner = role("LOGIN NOSUPERUSER CREATEDB");
        Path v1 = Files.writeString(dir.resolve("v1.sql"), V1);
        Path v2 = Files.writeString(dir.resolve("v2.sql"), V2);
        try (TestDatabase target = ownedBy(owner)) {
            target.execute("GRANT CREATE ON DATABASE \"" + target.name() + "\" TO " + owner);
            String url = ServerAdmin.roleUrl(owner, target.name());
            assertThat(run("plan", "--db", url, "--desired", v1.toString()).exitCode()).isEqualTo(2);
            for (Path desired : List.of(v1, v2)) {
                CliCapture apply = run(withHazards("apply", "--db", url, "--desired", desired.toString(),
                        "--auto-approve"));
                assertThat(apply.exitCode()).as(apply.all()).isZero();
                assertThat(run("drift", "--db", url, "--desired", desired.toString()).exitCode()).isZero();
            }
            CliCapture history = run("history", "--db", url);
            assertThat(history.out().lines().filter(l -> l.contains("succeeded") && l.contains("by " + owner)))
                    .as(history.all()).hasSize(2);
            assertThat(run("inspect", "--db", url).exitCode()).isZero();
            assertThat(run("drift", "--db", target.url(), "--desired", v2.toString()).exitCode())
                    .as("drift seen by the superuser too").isZero();
            assertThat(target.queryBoolean("SELECT count(*) = 1 FROM app.customer")).as("the data").isTrue();
        } finally {
            ServerAdmin.execute("DROP ROLE " + owner);
        }
    }

    /**
     * Neither CREATEDB nor CREATE on the database: apply's history cannot be created, which is a clear error
     * before any change; with --no-history, and --dev-db naming a role that may create databases, it converges;
     * once a DBA has created the history schema for the role, apply records its runs again, and once the backup
     * schema exists, apply --backup keeps what it drops.
     */
    @Test
    void aSchemaOwnerWithoutCreatePrivilegesNeedsDevDbAndNoHistory(@TempDir Path dir) throws Exception {
        String owner = role("LOGIN NOSUPERUSER NOCREATEDB");
        String devRole = role("LOGIN NOSUPERUSER CREATEDB");
        Path v1 = Files.writeString(dir.resolve("v1.sql"), V1);
        Path v2 = Files.writeString(dir.resolve("v2.sql"), V2);
        String devUrl = ServerAdmin.roleUrl(devRole, "postgres");
        try (TestDatabase target = ownedBy(owner)) {
            String url = ServerAdmin.roleUrl(owner, target.name());
            List<String> before = UserSchema.of(target);
            // The default private dev server needs no CREATEDB on the target; its own server needs it.
            CliCapture privateDevDb = run("plan", "--db", url, "--desired", v1.toString());
            assertThat(privateDevDb.exitCode()).as(privateDevDb.all()).isEqualTo(2);
            CliCapture noDevDb = run("plan", "--db", url, "--desired", v1.toString(), "--dev-db", "target");
            assertThat(noDevDb.exitCode()).as(noDevDb.all()).isEqualTo(1);
            assertThat(noDevDb.err()).contains("permission denied to create database", "--dev-db");

            CliCapture withHistory = run(withHazards("apply", "--db", url, "--desired", v1.toString(),
                    "--dev-db", devUrl, "--auto-approve"));
            assertThat(withHistory.crashEvidence()).as(withHistory.all()).isNull();
            assertThat(withHistory.exitCode()).as(withHistory.all()).isEqualTo(1);
            assertThat(withHistory.err()).contains("converge.history", "permission denied for database",
                    "--no-history");
            assertThat(UserSchema.of(target)).as("target after the refused apply").isEqualTo(before);

            CliCapture apply = run(withHazards("apply", "--db", url, "--desired", v1.toString(),
                    "--dev-db", devUrl, "--auto-approve", "--no-history"));
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(run("drift", "--db", url, "--desired", v1.toString(), "--dev-db", devUrl).exitCode())
                    .isZero();
            assertThat(target.queryBoolean("SELECT to_regnamespace('converge') IS NULL")).as("no history schema")
                    .isTrue();

            // A DBA makes the history schema for the role once; from then on apply records its runs.
            target.execute("CREATE SCHEMA converge AUTHORIZATION " + owner);
            CliCapture recorded = run(withHazards("apply", "--db", url, "--desired", v2.toString(),
                    "--dev-db", devUrl, "--auto-approve"));
            assertThat(recorded.exitCode()).as(recorded.all()).isZero();
            assertThat(run("drift", "--db", url, "--desired", v2.toString(), "--dev-db", devUrl).exitCode())
                    .isZero();
            assertThat(run("history", "--db", url).out()).contains("succeeded", "by " + owner);

            // Likewise the backup schema: back to v1 drops a table and a column, whose data apply --backup keeps.
            target.execute("CREATE SCHEMA converge_backup AUTHORIZATION " + owner);
            CliCapture backup = run(withHazards("apply", "--db", url, "--desired", v1.toString(),
                    "--dev-db", devUrl, "--auto-approve", "--backup", "--allow-destructive",
                    "--allow-hazard", "table-rewrite", "--allow-hazard", "access-exclusive-lock"));
            assertThat(backup.exitCode()).as(backup.all()).isZero();
            assertThat(run("drift", "--db", url, "--desired", v1.toString(), "--dev-db", devUrl).exitCode())
                    .isZero();
            assertThat(target.queryBoolean("SELECT count(*) = 2 FROM pg_tables WHERE schemaname = 'converge_backup'"))
                    .as("the dropped table and the dropped column's values, kept").isTrue();
        } finally {
            ServerAdmin.execute("DROP ROLE " + owner);
            ServerAdmin.execute("DROP ROLE " + devRole);
        }
    }

    private static String role(String options) {
        String name = "converge_np_" + UUID.randomUUID().toString().substring(0, 8);
        ServerAdmin.execute("CREATE ROLE " + name + " " + options);
        return name;
    }

    /** A database (owned by the superuser) whose schema {@code app} the role owns and already holds a table. */
    private static TestDatabase ownedBy(String owner) {
        return TestDatabase.withSql("REVOKE CREATE ON SCHEMA public FROM PUBLIC;"
                + " CREATE SCHEMA app AUTHORIZATION " + owner + "; SET ROLE " + owner + ";"
                + " CREATE TABLE app.customer (id int PRIMARY KEY, name text); INSERT INTO app.customer VALUES (1, 'a');"
                + " RESET ROLE;");
    }

    private static String[] withHazards(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(HAZARDS));
        return all.toArray(String[]::new);
    }

    private static CliCapture run(String... args) {
        CliCapture run = CliCapture.run(args);
        assertThat(run.crashEvidence()).as(run.all()).isNull();
        return run;
    }
}
