package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.converge.error.DesiredStateException;
import dev.converge.source.DesiredStateLoader.LoadResult;
import dev.converge.source.dev.DevDatabase;
import dev.converge.testing.TestServer;

class DesiredStateLoaderTest {

    private DevDatabase dev;
    private Connection connection;

    @BeforeEach
    void createDevDatabase() {
        dev = DevDatabase.createOn(TestServer.admin());
        connection = dev.spec().open();
    }

    @AfterEach
    void dropDevDatabase() throws SQLException {
        connection.close();
        dev.close();
    }

    private static List<SqlStatement> statements(SourceFile... files) {
        List<SqlStatement> all = new ArrayList<>();
        for (SourceFile file : files) {
            all.addAll(SqlSplitter.split(file));
        }
        return all;
    }

    private static SourceFile file(String name, String content) {
        return new SourceFile(Path.of(name), name, content);
    }

    private LoadResult load(SourceFile... files) {
        return new DesiredStateLoader(connection).load(statements(files));
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    @Test
    void loadsStatementsWrittenInReverseDependencyOrder() throws URISyntaxException, SQLException {
        Path dir = Path.of(getClass().getResource("reverse-order").toURI());
        List<SourceFile> files = DesiredFiles.discover(List.of(dir));
        List<SqlStatement> statements = statements(files.toArray(SourceFile[]::new));

        LoadResult result = new DesiredStateLoader(connection).load(statements);

        assertThat(result.statements()).isEqualTo(7);
        assertThat(result.rounds()).isEqualTo(3);
        assertThat(query("""
                SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname IN ('public', 'audit') AND c.relkind IN ('r', 'v') ORDER BY 1"""))
                .containsExactly("audit.events:r", "public.customers:r", "public.open_orders:v", "public.orders:r");
        assertThat(query("SELECT conname FROM pg_constraint WHERE contype = 'f' ORDER BY 1"))
                .containsExactly("events_order_id_fkey", "orders_customer_id_fkey");
    }

    @Test
    void statementsInOrderLoadInOneRound() {
        LoadResult result = load(file("ok.sql", "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a int REFERENCES a);"));

        assertThat(result).isEqualTo(new LoadResult(2, 1));
    }

    @Test
    void emptyDesiredStateRunsNoRound() {
        assertThat(new DesiredStateLoader(connection).load(List.of())).isEqualTo(new LoadResult(0, 0));
    }

    @Test
    void syntaxErrorIsReportedAtItsPositionInTheFile() {
        SourceFile f = file("schema/tables.sql", "CREATE TABLE ok (a int);\n\nCREATE TABLEX bad (a int);\n");

        assertThatThrownBy(() -> load(f))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage("loading schema/tables.sql:3:8: syntax error at or near \"TABLEX\" (SQLSTATE 42601)")
                .extracting(e -> ((DesiredStateException) e).sqlState()).isEqualTo("42601");
    }

    @Test
    void errorPositionCountsCharactersNotBytesOrUtf16Units() {
        SourceFile f = file("u.sql", "-- é\n  CREATE VIEW v AS SELECT '\uD834\uDD1E é' AS x,\n    FROM pg_class;");

        assertThatThrownBy(() -> load(f))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("loading u.sql:3:5: syntax error at or near \"FROM\"");
    }

    @Test
    void unknownTypeIsReportedAfterNoProgress() {
        SourceFile f = file("t.sql", "CREATE TABLE fine (a int);\nCREATE TABLE t (\n    a int,\n    b nosuchtype\n);");

        assertThatThrownBy(() -> load(f))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage("loading t.sql:4:7: type \"nosuchtype\" does not exist (SQLSTATE 42704)"
                        + " (create it in the desired state, or check its schema)")
                .extracting(e -> ((DesiredStateException) e).sqlState()).isEqualTo("42704");
    }

    @Test
    void theCauseIsReportedFirstAndWhatFailsBecauseOfItAfter() {
        SourceFile a = file("a.sql", "CREATE VIEW v AS SELECT b FROM t;");
        SourceFile b = file("b.sql", "CREATE TABLE t (b nosuchtype);");
        SourceFile c = file("c.sql", "CREATE TABLE u (b alsonosuch);");

        assertThatThrownBy(() -> load(a, b, c))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("loading b.sql:1:19: type \"nosuchtype\" does not exist (SQLSTATE 42704)")
                .hasMessageContaining("\n  also failing: c.sql:1:19: type \"alsonosuch\" does not exist")
                .hasMessageEndingWith("\n  also failing, as a consequence: a.sql:1:32: relation \"t\" does not exist"
                        + " (SQLSTATE 42P01)");
    }

    @Test
    void aCycleIsReportedInFileOrder() {
        SourceFile a = file("a.sql", "CREATE VIEW v1 AS SELECT * FROM v2;\nCREATE VIEW v2 AS SELECT * FROM v1;");

        assertThatThrownBy(() -> load(a))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("loading a.sql:1:33: relation \"v2\" does not exist")
                .hasMessageContaining("also failing: a.sql:2:33: relation \"v1\" does not exist");
    }

    @Test
    void duplicateTableIsARealError() {
        SourceFile f = file("dup.sql", "CREATE TABLE t (a int);\n-- again\nCREATE TABLE t (a int);\nCREATE TABLE never (a int);");

        assertThatThrownBy(() -> load(f))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage("loading dup.sql:3:1: relation \"t\" already exists (SQLSTATE 42P07)")
                .extracting(e -> ((DesiredStateException) e).sqlState()).isEqualTo("42P07");
    }

    @Test
    void foreignKeyWaitsForTheUniqueConstraintItNeeds() {
        SourceFile f = file("fk.sql", """
                CREATE TABLE parent (id int NOT NULL);
                ALTER TABLE child ADD FOREIGN KEY (parent_id) REFERENCES parent (id);
                CREATE TABLE child (parent_id int);
                ALTER TABLE parent ADD PRIMARY KEY (id);
                """);

        assertThat(load(f)).isEqualTo(new LoadResult(4, 2));
    }

    @Test
    void sessionSettingsApplyToLaterStatements() throws SQLException {
        SourceFile f = file("s.sql", "CREATE SCHEMA app;\nSET search_path = app;\nCREATE TABLE t (a int);");

        load(f);

        assertThat(query("SELECT relnamespace::regnamespace::text FROM pg_class WHERE relname = 't'"))
                .containsExactly("app");
    }

    @Test
    void leavesTheConnectionsAutoCommitAsItFoundIt() throws SQLException {
        connection.setAutoCommit(false);

        load(file("x.sql", "CREATE TABLE x (a int)"));

        assertThat(connection.getAutoCommit()).isFalse();
        assertThat(query("SELECT count(*) FROM pg_class WHERE relname = 'x'")).containsExactly("1");
    }

    @Test
    void manyStatementsLoadInBatchesAndAllRun() throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            sql.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY) -- table ").append(i).append('\n');
            sql.append(";\n");
        }
        LoadResult result = load(file("many.sql", sql.toString()));

        assertThat(result.statements()).isEqualTo(250);
        assertThat(result.rounds()).isEqualTo(1);
        assertThat(query("SELECT count(*) FROM pg_class WHERE relname ~ '^t[0-9]+$' AND relkind = 'r'"))
                .containsExactly("250");
    }

    @Test
    void aBatchThatFailsIsRunStatementByStatementSoErrorsKeepTheirPlace() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sql.append("CREATE TABLE ok").append(i).append(" (id int);\n");
        }
        sql.append("CREATE TABLE broken (id nosuchtype);\n");

        assertThatThrownBy(() -> load(file("batch.sql", sql.toString())))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageContaining("batch.sql:31:");
    }

    @Test
    void aStatementThatCannotRunInATransactionBlockStillLoads() throws SQLException {
        LoadResult result = load(file("concurrently.sql", """
                CREATE TABLE t (id int);
                CREATE INDEX CONCURRENTLY t_id ON t (id);
                CREATE TABLE u (id int);
                """));

        assertThat(result.rounds()).isEqualTo(1);
        assertThat(query("SELECT count(*) FROM pg_class WHERE relname IN ('t', 'u', 't_id')")).containsExactly("3");
    }

    @Test
    void inlineForeignKeyCyclesLoadWithPostgresNamesAndErrorsPointIntoTheFile() throws SQLException {
        SourceFile cycle = file("cycle.sql", """
                CREATE TABLE a (id int PRIMARY KEY, b_id int REFERENCES b);
                CREATE TABLE b (id int PRIMARY KEY, a_id int CONSTRAINT b_to_a REFERENCES a ON DELETE CASCADE);
                """);
        new DesiredStateLoader(connection).load(CircularForeignKeys.detach(statements(cycle)));
        assertThat(query("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f'"
                + " ORDER BY 1")).containsExactly("a_b_id_fkey FOREIGN KEY (b_id) REFERENCES b(id)",
                "b_to_a FOREIGN KEY (a_id) REFERENCES a(id) ON DELETE CASCADE");

        SourceFile broken = file("broken.sql", """
                CREATE TABLE c (id int PRIMARY KEY, d_id int
                    REFERENCES d (nosuch));
                CREATE TABLE d (id int PRIMARY KEY, c_id int REFERENCES c);
                """);
        assertThatThrownBy(() -> new DesiredStateLoader(connection).load(
                CircularForeignKeys.detach(statements(broken))))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("loading broken.sql:2:")
                .hasMessageContaining("column \"nosuch\" referenced in foreign key constraint does not exist");
    }

    @Test
    void aFunctionAndTheTableThatUsesItLoadWithTheBodyCheckedLast() throws SQLException {
        SourceFile ok = file("ok.sql", """
                CREATE FUNCTION next_no() RETURNS int LANGUAGE sql AS 'SELECT coalesce(max(no), 0) + 1 FROM ticket';
                CREATE TABLE ticket (no int DEFAULT next_no());
                """);
        load(ok);
        assertThat(query("SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef")).containsExactly("next_no()");

        SourceFile wrong = file("wrong.sql", """
                CREATE TABLE other (id int);
                CREATE FUNCTION bad_no() RETURNS int LANGUAGE sql AS 'SELECT max(nosuch) FROM bad';
                CREATE TABLE bad (no int DEFAULT bad_no());
                """);
        assertThatThrownBy(() -> load(wrong))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("loading wrong.sql:2:")
                .hasMessageContaining("column \"nosuch\" does not exist")
                .hasMessageContaining("(checked after the other statements loaded)");
    }

    @Test
    void aDesiredStateThatTurnsTheBodyCheckOffIsTakenAtItsWord() throws SQLException {
        load(file("dump.sql", """
                SET check_function_bodies = false;
                CREATE FUNCTION later() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM not_yet';
                """));
        assertThat(query("SELECT proname FROM pg_proc WHERE proname = 'later'")).containsExactly("later");
    }
}
