package dev.converge.source;

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
