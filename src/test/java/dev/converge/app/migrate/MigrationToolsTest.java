package dev.converge.app.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.app.Progress;
import dev.converge.testing.TestDatabase;

/**
 * The generated directories applied by the real tools (Flyway and Liquibase from Maven Central, golang-migrate's
 * and psql's way of running files) to a real PostgreSQL: the result equals a database built straight from the
 * desired state (pg_dump compared), rows survive the rename, and the undo/rollback of the last migration returns
 * to the previous state, the rows again intact.
 */
class MigrationToolsTest {

    @TempDir
    static Path work;

    static MigrationScenario scenario;
    static List<String> lastState;
    static List<String> previousState;

    @BeforeAll
    static void desiredStates() throws IOException {
        scenario = MigrationScenario.in(work);
        lastState = scenario.dumpOf(3);
        previousState = scenario.dumpOf(2);
    }

    @Test
    void flywayMigratesToTheDesiredStateAndItsUndoScriptsGoBack() throws Exception {
        Path dir = work.resolve("flyway");
        scenario.write(dir, MigrationFormat.FLYWAY);
        assertThat(names(dir)).contains("V1__init.sql", "U1__init.sql", "V2__shop_v2.sql", "V3__billing.sql",
                "V4__rename_total.sql", "U4__rename_total.sql", "converge.sum");
        // Each script that runs outside a transaction says so in its configuration file, and only those.
        for (String conf : names(dir).stream().filter(n -> n.endsWith(".conf")).toList()) {
            assertThat(Files.readString(dir.resolve(conf))).isEqualTo("executeInTransaction=false\n");
            assertThat(Files.readString(dir.resolve(conf.replace(".conf", "")))).contains("outside a transaction");
        }
        try (TestDatabase target = TestDatabase.create()) {
            String lastOfBilling = names(dir).stream().filter(n -> n.startsWith("V3") && n.endsWith(".sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).reduce((a, b) -> b).orElseThrow();
            flyway(target, dir).target(lastOfBilling).load().migrate();
            target.execute("INSERT INTO \"Billing\".\"Invoice\" VALUES (1, 7, 250000, 'kept')");
            flyway(target, dir).load().migrate();
            assertThat(MigrationScenario.dumpWithoutBookkeeping(target)).isEqualTo(lastState);
            assertThat(query(target, "SELECT total_cents || ' ' || note FROM \"Billing\".\"Invoice\""))
                    .isEqualTo("250000 kept");

            // Undo is a Flyway Teams command; on the community edition the U scripts are run by hand, in reverse
            // version order, each as its configuration says (psql -1 unless executeInTransaction=false).
            for (String undo : names(dir).stream().filter(n -> n.startsWith("U4") && n.endsWith(".sql"))
                    .sorted(Comparator.reverseOrder()).toList()) {
                psql(target, dir.resolve(undo), !Files.exists(dir.resolve(undo + ".conf")));
            }
            assertThat(MigrationScenario.dumpWithoutBookkeeping(target)).isEqualTo(previousState);
            assertThat(query(target, "SELECT amount_cents || ' ' || note FROM \"Billing\".\"Invoice\""))
                    .isEqualTo("250000 kept");
        }
    }

    @Test
    void liquibaseUpdatesToTheDesiredStateAndRollsTheLastMigrationBack() throws Exception {
        Path dir = work.resolve("liquibase");
        scenario.write(dir, MigrationFormat.LIQUIBASE);
        assertThat(names(dir)).containsExactly("0001_init.sql", "0002_shop_v2.sql", "0003_billing.sql",
                "0004_rename_total.sql", "changelog.yaml", "converge.sum");
        String last = Files.readString(dir.resolve("0004_rename_total.sql"));
        assertThat(last).startsWith("--liquibase formatted sql").contains("--changeset converge:0004_rename_total-1",
                "--rollback ALTER TABLE \"Billing\".\"Invoice\" RENAME COLUMN total_cents TO amount_cents");
        int lastChangesets = (int) last.lines().filter(l -> l.startsWith("--changeset")).count();
        try (TestDatabase target = TestDatabase.create(); Connection connection = target.connect()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase("changelog.yaml", new DirectoryResourceAccessor(dir), database)) {
                liquibase.update("");
                assertThat(MigrationScenario.dumpWithoutBookkeeping(target)).isEqualTo(lastState);
                target.execute("INSERT INTO \"Billing\".\"Invoice\" VALUES (2, 8, 990000, 'rolled back')");

                liquibase.rollback(lastChangesets, "");
                assertThat(MigrationScenario.dumpWithoutBookkeeping(target)).isEqualTo(previousState);
                assertThat(query(target, "SELECT amount_cents || ' ' || note FROM \"Billing\".\"Invoice\""))
                        .isEqualTo("990000 rolled back");

                liquibase.update("");
                assertThat(MigrationScenario.dumpWithoutBookkeeping(target)).isEqualTo(lastState);
            }
        }
    }

    /**
     * golang-migrate has no Java build: its layout is checked (names, pairs, consecutive versions, one statement
     * in each file that must run outside a transaction) and its PostgreSQL driver's way of running a file is
     * reproduced: the whole file as one query, which PostgreSQL runs as one implicit transaction.
     */
    @Test
    void golangMigrateLayoutRunsFileByFileLikeItsDriver() throws Exception {
        Path dir = work.resolve("golang-migrate");
        scenario.write(dir, MigrationFormat.GOLANG_MIGRATE);
        List<String> ups = names(dir).stream().filter(n -> n.endsWith(".up.sql")).sorted().toList();
        assertThat(ups).first().isEqualTo("000001_init.up.sql");
        for (int i = 0; i < ups.size(); i++) {
            assertThat(ups.get(i)).matches(String.format("%06d_[a-z0-9_]+\\.up\\.sql", i + 1));
            assertThat(dir.resolve(ups.get(i).replace(".up.sql", ".down.sql"))).exists();
        }
        try (TestDatabase target = TestDatabase.create()) {
            for (String up : ups) {
                String text = Files.readString(dir.resolve(up));
                if (text.contains("outside a transaction")) {
                    assertThat(text.lines().filter(l -> !l.startsWith("--") && l.endsWith(";")).count())
                            .as(up).isEqualTo(1);
                }
                executeAsOneQuery(target, text);
            }
            assertThat(MigrationScenario.dumpWithoutBookkeeping(target)).isEqualTo(lastState);
            List<String> lastMigration = ups.stream().filter(u -> u.contains("rename_total"))
                    .sorted(Comparator.reverseOrder()).toList();
            for (String up : lastMigration) {
                executeAsOneQuery(target, Files.readString(dir.resolve(up.replace(".up.sql", ".down.sql"))));
            }
            assertThat(MigrationScenario.dumpWithoutBookkeeping(target)).isEqualTo(previousState);
        }
    }

    @Test
    void plainFilesRunWithPsqlInOrder() throws Exception {
        Path dir = work.resolve("plain");
        scenario.write(dir, MigrationFormat.PLAIN);
        List<String> ups = names(dir).stream().filter(n -> n.endsWith(".sql") && !n.endsWith(".down.sql")).sorted()
                .toList();
        assertThat(ups).first().isEqualTo("0001_init.sql");
        try (TestDatabase target = TestDatabase.create()) {
            for (String up : ups) {
                psql(target, dir.resolve(up), !Files.readString(dir.resolve(up)).contains("outside a transaction"));
            }
            assertThat(MigrationScenario.dumpWithoutBookkeeping(target)).isEqualTo(lastState);
        }
        MigrateCheckWorkflow.Outcome check = new MigrateCheckWorkflow(Progress.SILENT)
                .check(MigrationScenario.request(dir, null, scenario.versions.get(3)), true);
        assertThat(check.format()).isEqualTo(MigrationFormat.PLAIN);
        assertThat(check.pending().isEmpty()).isTrue();
        assertThat(check.downsChecked()).isEqualTo(check.migrations());
    }

    /**
     * Flyway as docs/migrations.md says to configure it: without its transactional advisory lock, which keeps a
     * transaction open for the whole run, so that a concurrent index build (which waits for older transactions)
     * does not wait for Flyway itself forever.
     */
    private static FluentConfiguration flyway(TestDatabase target, Path dir) {
        FluentConfiguration configuration = Flyway.configure().dataSource(dataSource(target))
                .locations("filesystem:" + dir).cleanDisabled(true);
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return configuration;
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void executeAsOneQuery(TestDatabase target, String text) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute(text);
        }
    }

    private static String query(TestDatabase target, String sql) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return String.join(",", values);
        }
    }

    private static void psql(TestDatabase target, Path file, boolean singleTransaction) throws Exception {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", target.spec().host(), "-p", Integer.toString(target.spec().port()), "-U", target.spec().user(),
                "-d", target.name(), "-f", file.toString()));
        if (singleTransaction) {
            command.add("-1");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(file + ": " + output).isZero();
    }

    /** A DataSource for Flyway that opens connections the way the tests do (the password stays in the spec). */
    private static DataSource dataSource(TestDatabase target) {
        return (DataSource) Proxy.newProxyInstance(MigrationToolsTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> target.connect();
                    case "isWrapperFor" -> false;
                    case "getLoginTimeout" -> 0;
                    case "getLogWriter" -> (PrintWriter) null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "DataSource[" + target.name() + "]";
                    default -> null;
                });
    }
}
