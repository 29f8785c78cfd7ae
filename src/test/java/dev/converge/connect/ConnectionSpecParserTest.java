package dev.converge.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.error.ConvergeException;

class ConnectionSpecParserTest {

    private static final Map<String, String> NO_ENV = Map.of("PGPASSFILE", "/nonexistent/pgpass");

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("postgresql://app:s3cret@db.example:6543/shop", "db.example", 6543, "shop", "app"),
                Arguments.of("postgres://app@db.example/shop", "db.example", 5432, "shop", "app"),
                Arguments.of("jdbc:postgresql://db.example:5433/shop?user=app&password=x", "db.example", 5433,
                        "shop", "app"),
                Arguments.of("postgresql://[::1]:5439/shop?user=app", "::1", 5439, "shop", "app"),
                Arguments.of("postgresql://app@/shop?host=db.example&port=7000", "db.example", 7000, "shop", "app"),
                Arguments.of("postgresql://us%40er@h/d%20b", "h", 5432, "d b", "us@er"));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void parsesUrlForms(String url, String host, int port, String database, String user) {
        ConnectionSpec spec = new ConnectionSpecParser(NO_ENV).parse(url);
        assertThat(spec.host()).isEqualTo(host);
        assertThat(spec.port()).isEqualTo(port);
        assertThat(spec.database()).isEqualTo(database);
        assertThat(spec.user()).isEqualTo(user);
    }

    @Test
    void libpqVariablesFillWhatTheUrlLeavesOut() {
        Map<String, String> env = Map.of("PGHOST", "envhost", "PGPORT", "6000", "PGUSER", "envuser",
                "PGPASSWORD", "envpass", "PGDATABASE", "envdb", "PGPASSFILE", "/nonexistent");
        ConnectionSpec fromEnv = new ConnectionSpecParser(env).parse(null);
        assertThat(fromEnv.toString()).isEqualTo("postgresql://envuser@envhost:6000/envdb");
        assertThat(fromEnv.hasPassword()).isTrue();

        ConnectionSpec mixed = new ConnectionSpecParser(env).parse("postgresql://urlhost/urldb");
        assertThat(mixed.toString()).isEqualTo("postgresql://envuser@urlhost:6000/urldb");
    }

    @Test
    void databaseDefaultsToUserAndHostToLocalhost() {
        ConnectionSpec spec = new ConnectionSpecParser(Map.of("PGUSER", "alice", "PGPASSFILE", "/x"))
                .parse("");
        assertThat(spec.host()).isEqualTo("localhost");
        assertThat(spec.port()).isEqualTo(5432);
        assertThat(spec.database()).isEqualTo("alice");
    }

    @Test
    void sslParametersPassThrough() {
        ConnectionSpec spec = new ConnectionSpecParser(Map.of("PGSSLMODE", "require", "PGPASSFILE", "/x"))
                .parse("postgresql://u@h/d?sslrootcert=/ca.pem");
        assertThat(spec.parameters()).containsEntry("sslmode", "require").containsEntry("sslrootcert", "/ca.pem");
        assertThat(spec.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    }

    @Test
    void passwordNeverAppearsInToStringOrJdbcUrl() {
        ConnectionSpec spec = new ConnectionSpecParser(NO_ENV).parse("postgresql://app:TopSecret1@h:1/d");
        assertThat(spec.hasPassword()).isTrue();
        assertThat(spec.toString()).doesNotContain("TopSecret1");
        assertThat(spec.jdbcUrl()).doesNotContain("TopSecret1");
        assertThat(spec.withDatabase("other").toString()).doesNotContain("TopSecret1");
    }

    @Test
    void badUrlsAreClearErrorsWithoutThePassword() {
        ConnectionSpecParser parser = new ConnectionSpecParser(NO_ENV);
        assertThatThrownBy(() -> parser.parse("mysql://u:Hidden99@h/d"))
                .isInstanceOf(ConvergeException.class)
                .hasMessageContaining("invalid database URL")
                .hasMessageContaining("expected postgresql://")
                .hasMessageNotContaining("Hidden99");
        assertThatThrownBy(() -> parser.parse("postgresql://u:Hidden99@h:notaport/d"))
                .hasMessageContaining("port")
                .hasMessageNotContaining("Hidden99");
    }

    @Test
    void passwordFileIsUsedWhenNoPasswordIsGiven(@TempDir Path dir) throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, """
                # comment
                otherhost:*:*:*:wrong
                dbhost:5432:shop:app:pa\\:ss
                *:*:*:*:fallback
                """);
        ConnectionSpecParser parser = new ConnectionSpecParser(Map.of("PGPASSFILE", pgpass.toString()));
        assertThat(parser.parse("postgresql://app@dbhost/shop").redact("pa:ss")).isEqualTo("********");
        assertThat(parser.parse("postgresql://app@elsewhere/shop").redact("fallback")).isEqualTo("********");
    }
}
