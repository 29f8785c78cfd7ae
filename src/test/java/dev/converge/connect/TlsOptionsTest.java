package dev.converge.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

import dev.converge.error.ConvergeException;
import dev.converge.testing.TestServer;

/**
 * TLS options given in a URL ({@code ?sslmode=...&sslrootcert=...}) or in PGSSLMODE reach pgjdbc unchanged: in the
 * properties Converge hands the driver, as pgjdbc itself reads them, and (against the real test server, which has
 * ssl = off) in what the driver then does: {@code sslmode=require} is refused by the driver, {@code disable} works.
 */
class TlsOptionsTest {

    private static final String URL = "postgresql://app@db.example:5433/shop"
            + "?sslmode=verify-full&sslrootcert=/etc/ca%20certs/root.pem&sslcert=/c.pem&sslkey=/k.pk8";

    @Test
    void urlTlsOptionsReachTheDriverProperties() throws SQLException {
        ConnectionSpec spec = new ConnectionSpecParser(Map.of("PGPASSFILE", "/nonexistent")).parse(URL);
        Properties properties = spec.jdbcProperties();
        assertThat(properties).containsEntry("sslmode", "verify-full")
                .containsEntry("sslrootcert", "/etc/ca certs/root.pem").containsEntry("sslcert", "/c.pem")
                .containsEntry("sslkey", "/k.pk8").containsEntry("user", "app");

        Map<String, String> driverView = Arrays.stream(new Driver().getPropertyInfo(spec.jdbcUrl(), properties))
                .filter(p -> p.value != null).collect(Collectors.toMap(p -> p.name, (DriverPropertyInfo p) -> p.value));
        assertThat(driverView).as("pgjdbc's own reading of the properties")
                .containsEntry("sslmode", "verify-full").containsEntry("sslrootcert", "/etc/ca certs/root.pem")
                .containsEntry("sslcert", "/c.pem").containsEntry("sslkey", "/k.pk8");
    }

    @Test
    void pgsslmodeIsUsedWhenTheUrlSaysNothingAndTheUrlWins() {
        Map<String, String> env = Map.of("PGSSLMODE", "verify-ca", "PGPASSFILE", "/nonexistent");
        assertThat(new ConnectionSpecParser(env).parse("postgresql://u@h/d").jdbcProperties())
                .containsEntry("sslmode", "verify-ca");
        assertThat(new ConnectionSpecParser(env).parse("postgresql://u@h/d?sslmode=disable").jdbcProperties())
                .containsEntry("sslmode", "disable");
    }

    @Test
    void sslmodeRequireIsEnforcedByTheDriverAgainstAServerWithoutTls() throws SQLException {
        ConnectionSpec server = TestServer.admin();
        assertThat(server.withParameter("sslmode", "require")).satisfies(spec -> assertThatThrownBy(spec::open)
                .isInstanceOf(ConvergeException.class).hasMessageContaining("does not support SSL"));

        Map<String, String> env = Map.of("PGSSLMODE", "require", "PGPASSFILE", "/nonexistent");
        String url = "postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/"
                + server.database();
        assertThatThrownBy(() -> new ConnectionSpecParser(env).parse(url).open())
                .isInstanceOf(ConvergeException.class).hasMessageContaining("does not support SSL");

        try (var connection = new ConnectionSpecParser(env).parse(url + "?sslmode=disable").open()) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
