package dev.converge.source.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.source.dev.DevDatabase;
import dev.converge.source.dev.DevDatabaseOwner;
import dev.converge.testing.TestServer;

class DevDatabaseTest {

    private static boolean exists(String name) throws SQLException {
        try (Connection c = TestServer.admin().open();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    @Test
    void createsAUsableDatabaseAndDropsItOnClose() throws SQLException {
        DevDatabase dev = DevDatabase.createOn(TestServer.admin());
        try {
            assertThat(dev.name()).matches("converge_dev_[0-9a-f]{16}");
            assertThat(dev.spec().database()).isEqualTo(dev.name());
            assertThat(exists(dev.name())).isTrue();
            try (Connection c = dev.spec().open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (a int)");
                try (ResultSet rs = s.executeQuery("SELECT current_database(), count(*) FROM t")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo(dev.name());
                }
            }
        } finally {
            dev.close();
        }
        assertThat(exists(dev.name())).isFalse();
    }

    @Test
    void closeDropsDespiteOpenConnectionsAndIsIdempotent() throws SQLException {
        DevDatabase dev = DevDatabase.createOn(TestServer.admin());
        try (Connection open = dev.spec().open()) {
            dev.close();
            assertThat(exists(dev.name())).isFalse();
            dev.close();
            assertThat(open.isValid(2)).isFalse();
        }
    }

    @Test
    void closeIsQuietWhenTheDatabaseIsAlreadyGone() throws SQLException {
        DevDatabase dev = DevDatabase.createOn(TestServer.admin());
        try (Connection c = TestServer.admin().open(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + dev.name());
        }
        dev.close();
        assertThat(exists(dev.name())).isFalse();
    }

    /**
     * The comment records this process as the creator; the next dev database drops the leftovers of a process on
     * this host that is gone, and keeps one whose creator lives and one without a creator.
     */
    @Test
    void recordsItsCreatorAndDropsTheLeftoversOfDeadCreators() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        String host = DevDatabaseOwner.hostName();
        String dead = leftover("converge dev database of host=" + host + " pid=" + finished.pid()
                + " started=2020-01-01T00:00:00Z");
        String live = leftover(DevDatabaseOwner.current().comment());
        String unknown = leftover("made by hand");
        try (DevDatabase dev = DevDatabase.createOn(TestServer.admin())) {
            assertThat(comment(dev.name())).isEqualTo(DevDatabaseOwner.current().comment());
            assertThat(dev.droppedStale()).contains(dead).doesNotContain(live, unknown);
            assertThat(exists(dead)).as("the dead creator's").isFalse();
            assertThat(exists(live)).as("the live creator's").isTrue();
            assertThat(exists(unknown)).as("the one without a creator").isTrue();
        } finally {
            for (String name : new String[] {dead, live, unknown}) {
                execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    private static String leftover(String comment) throws SQLException {
        String name = "converge_dev_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name + " TEMPLATE template0");
        execute("COMMENT ON DATABASE " + name + " IS '" + comment + "'");
        return name;
    }

    private static String comment(String name) throws SQLException {
        try (Connection c = TestServer.admin().open(); PreparedStatement s = c.prepareStatement(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = TestServer.admin().open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void namesAreRandom() {
        try (DevDatabase a = DevDatabase.createOn(TestServer.admin());
             DevDatabase b = DevDatabase.createOn(TestServer.admin())) {
            assertThat(a.name()).isNotEqualTo(b.name());
        }
    }

    @Test
    void failureNamesTheServerButNeverThePassword() {
        ConnectionSpec nowhere = new ConnectionSpec("127.0.0.1", 1, "postgres", "someone", "s3cret-pw", Map.of());

        assertThatThrownBy(() -> DevDatabase.createOn(nowhere))
                .isInstanceOf(ConvergeException.class)
                .hasMessageContaining("postgresql://someone@127.0.0.1:1/postgres")
                .hasMessageContaining("--dev-db")
                .hasMessageNotContaining("s3cret-pw");
    }

    @Test
    void refusedCreateGivesTheRemedy() throws SQLException {
        String role = "converge_nocreatedb_" + Long.toHexString(System.nanoTime());
        try (Connection c = TestServer.admin().open(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN NOCREATEDB");
            try {
                ConnectionSpec weak = new ConnectionSpec(TestServer.admin().host(), TestServer.admin().port(),
                        TestServer.admin().database(), role, null, Map.of());
                assertThatThrownBy(() -> DevDatabase.createOn(weak))
                        .isInstanceOf(ConvergeException.class)
                        .hasMessageContaining("on postgresql://" + role + "@")
                        .hasMessageContaining("permission denied to create database")
                        .hasMessageContaining("the user needs CREATEDB")
                        .extracting(e -> ((ConvergeException) e).sqlState()).isEqualTo("42501");
            } finally {
                s.execute("DROP ROLE " + role);
            }
        }
    }
}
