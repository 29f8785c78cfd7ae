package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CircularForeignKeysTest {

    private static List<SqlStatement> detach(String sql) {
        return CircularForeignKeys.detach(SqlSplitter.split(new SourceFile(Path.of("s.sql"), "s.sql", sql)));
    }

    private static List<String> texts(List<SqlStatement> statements) {
        return statements.stream().map(s -> s.sql().replaceAll(" +", " ")).toList();
    }

    @Test
    void columnKeysOfATwoCycleMoveAfterTheirTable() {
        List<SqlStatement> out = detach("""
                CREATE TABLE a (id int PRIMARY KEY, b_id int NOT NULL CONSTRAINT to_b REFERENCES b ON DELETE SET NULL
                    DEFERRABLE, x int REFERENCES other);
                CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id) DEFAULT 1, p int REFERENCES b);
                CREATE TABLE other (id int PRIMARY KEY);
                """);
        assertThat(texts(out)).containsExactly(
                "CREATE TABLE a (id int PRIMARY KEY, b_id int NOT NULL \n , x int REFERENCES other)",
                "ALTER TABLE a ADD CONSTRAINT to_b FOREIGN KEY (b_id) REFERENCES b ON DELETE SET NULL\n DEFERRABLE",
                "CREATE TABLE b (id int PRIMARY KEY, a_id int DEFAULT 1, p int REFERENCES b)",
                "ALTER TABLE b ADD FOREIGN KEY (a_id) REFERENCES a (id)",
                "CREATE TABLE other (id int PRIMARY KEY)");
    }

    @Test
    void tableKeysOfAThreeCycleAcrossSchemasKeepTheirNamesAndCommas() {
        List<SqlStatement> out = detach("""
                CREATE TABLE s."A" (FOREIGN KEY (c) REFERENCES t.c, id int PRIMARY KEY, c int);
                CREATE TABLE IF NOT EXISTS t.b (id int PRIMARY KEY, a int, CONSTRAINT "b→a" FOREIGN KEY (a)
                    REFERENCES s."A" (id) MATCH FULL);
                CREATE UNLOGGED TABLE t.c (id int PRIMARY KEY, b int, FOREIGN KEY (b) REFERENCES t.b);
                CREATE TABLE u.c (id int REFERENCES s."A");
                """);
        assertThat(texts(out)).containsExactly(
                "CREATE TABLE s.\"A\" ( id int PRIMARY KEY, c int)",
                "ALTER TABLE s.\"A\" ADD FOREIGN KEY (c) REFERENCES t.c",
                "CREATE TABLE IF NOT EXISTS t.b (id int PRIMARY KEY, a int \n )",
                "ALTER TABLE t.b ADD CONSTRAINT \"b→a\" FOREIGN KEY (a)\n REFERENCES s.\"A\" (id) MATCH FULL",
                "CREATE UNLOGGED TABLE t.c (id int PRIMARY KEY, b int )",
                "ALTER TABLE t.c ADD FOREIGN KEY (b) REFERENCES t.b",
                "CREATE TABLE u.c (id int REFERENCES s.\"A\")");
    }

    @Test
    void statementsWithoutACycleAreLeftAlone() {
        String sql = "CREATE TABLE a (id int PRIMARY KEY, parent int REFERENCES a);\n"
                + "CREATE TABLE b (a_id int REFERENCES a);\nCREATE TABLE p PARTITION OF q FOR VALUES IN (1);\n"
                + "CREATE TABLE x AS SELECT 1;";
        List<SqlStatement> in = SqlSplitter.split(new SourceFile(Path.of("s.sql"), "s.sql", sql));
        assertThat(CircularForeignKeys.detach(in)).isSameAs(in);
    }

    @Test
    void positionsStillPointIntoTheFile() {
        List<SqlStatement> out = detach("""
                CREATE TABLE a (id int PRIMARY KEY,
                  b_id int REFERENCES b (nosuch), z nosuchtype);
                CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
                """);
        SqlStatement create = out.get(0);
        assertThat(create.location(create.sql().indexOf("nosuchtype") + 1)).isEqualTo("s.sql:2:37");
        SqlStatement alter = out.get(1);
        assertThat(alter.location()).isEqualTo("s.sql:2:12");
        assertThat(alter.location(alter.sql().indexOf("nosuch)") + 1)).isEqualTo("s.sql:2:26");
        assertThat(alter.location(1)).isEqualTo("s.sql:2:12");
    }
}
