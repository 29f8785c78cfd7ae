package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.error.ConvergeException;
import dev.converge.testing.TestDatabase;

/** The inspector borrows the connection: it leaves its settings as they were and reports failures with context. */
class ConnectionHandlingTest {

    @Test
    void connectionSettingsAreRestoredAndNothingLeaksOut() throws SQLException {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE public.t (x int)");
             Connection c = db.connect()) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            new CatalogInspector(c).inspect(Set.of("public"));
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(c.isReadOnly()).isFalse();
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
            assertThat(c.isClosed()).isFalse();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW search_path")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("\"$user\", public");
            }
        }
    }

    @Test
    void failureNamesWhatWasReadAndKeepsTheSqlState() throws SQLException {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE public.t (x int)");
             Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
            // A transaction of the caller's is open: PostgreSQL cannot switch it to REPEATABLE READ.
            assertThatThrownBy(() -> new CatalogInspector(c).inspect(Set.of("public")))
                    .isInstanceOf(ConvergeException.class)
                    .hasMessageStartingWith("inspecting the catalog (starting a read-only transaction) of "
                            + db.name() + ": ")
                    .satisfies(e -> assertThat(((ConvergeException) e).sqlState()).isNotBlank());
        }
    }

    @Test
    void queryFailureIsWrapped() throws SQLException {
        try (TestDatabase db = TestDatabase.withSql("")) {
            Connection c = db.connect();
            CatalogInspector inspector = new CatalogInspector(c);
            c.close();
            assertThatThrownBy(inspector::schemasInUse)
                    .isInstanceOf(ConvergeException.class)
                    .hasMessageStartingWith("inspecting schemas in use of " + db.name() + ": ")
                    .satisfies(e -> assertThat(((ConvergeException) e).sqlState()).isEqualTo("08003"));
        }
    }
}
