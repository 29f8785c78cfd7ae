package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.source.dev.DevDatabase;
import dev.converge.testing.TestServer;

/**
 * The parallel first round must give exactly the catalog that loading one statement at a time gives: the same
 * objects, column order, generated names, grants and comments, whatever order the connections ran them in.
 */
class ParallelLoaderTest {

    /** Statements whose order matters, interleaved with many that are independent. */
    private static String desired() {
        StringBuilder sql = new StringBuilder("""
                SET client_min_messages = warning;
                CREATE SCHEMA app;
                CREATE TYPE app.mood AS ENUM ('sad', 'happy');
                CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE FUNCTION app.order_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM app.t7 $$;
                ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC;
                """);
        for (int i = 0; i < 60; i++) {
            sql.append("CREATE TABLE app.t").append(i).append(" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ")
                    .append("mood app.mood, parent bigint")
                    .append(i > 0 ? " REFERENCES app.t" + (i - 1) : "").append(");\n");
            sql.append("CREATE INDEX ON app.t").append(i).append(" (parent);\n");
            sql.append("CREATE INDEX ON app.t").append(i).append(" (mood);\n");
            sql.append("ALTER TABLE app.t").append(i).append(" ADD COLUMN added").append(i).append(" text;\n");
            sql.append("ALTER TABLE app.t").append(i).append(" ADD COLUMN \"Later\" int;\n");
            sql.append("COMMENT ON COLUMN app.t").append(i).append(".added").append(i).append(" IS 'c").append(i)
                    .append("';\n");
            sql.append("GRANT INSERT ON app.t").append(i).append(" TO PUBLIC;\n");
            sql.append("REVOKE INSERT ON app.t").append(i).append(" FROM PUBLIC;\n");
            sql.append("CREATE TRIGGER touch BEFORE UPDATE ON app.t").append(i)
                    .append(" FOR EACH ROW EXECUTE FUNCTION app.touch();\n");
        }
        sql.append("""
                CREATE VIEW app.v AS SELECT t1.id, t2.added2 FROM app.t1 JOIN app.t2 ON t2.parent = t1.id;
                CREATE VIEW app.v2 AS SELECT * FROM app.v;
                ALTER TABLE app.t0 ADD CONSTRAINT t0_cycle FOREIGN KEY (parent) REFERENCES app.t59;
                SET search_path = app;
                CREATE TABLE after_the_setting (id int);
                """);
        return sql.toString();
    }

    @Test
    void parallelLoadGivesTheCatalogOfASequentialLoad() throws Exception {
        List<SqlStatement> statements = SqlSplitter.split(new SourceFile(Path.of("desired.sql"), "desired.sql",
                desired()));
        Catalog sequential = load(statements, 1, null);
        List<List<SqlStatement>> left = new ArrayList<>();
        Catalog parallel = load(statements, 3, left);
        assertThat(parallel).isEqualTo(sequential);
        assertThat(parallel.tables()).hasSize(61);
        // Left for the sequential loader: the leading SET (run again there), the forward reference (deferred there
        // too), and what follows the later SET.
        assertThat(left.get(0)).extracting(SqlStatement::sql)
                .containsExactly("SET client_min_messages = warning",
                        "CREATE FUNCTION app.order_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM "
                                + "app.t7 $$",
                        "SET search_path = app", "CREATE TABLE after_the_setting (id int)");
    }

    @Test
    void smallDesiredStatesLoadOnOneConnection() {
        assertThat(ParallelLoader.connectionsFor(ParallelLoader.MIN_STATEMENTS - 1)).isEqualTo(1);
        assertThat(ParallelLoader.connectionsFor(10_000)).isGreaterThanOrEqualTo(2);
    }

    private static Catalog load(List<SqlStatement> statements, int connections, List<List<SqlStatement>> left)
            throws Exception {
        try (DevDatabase dev = DevDatabase.createOn(TestServer.admin()); Connection connection = dev.spec().open()) {
            List<SqlStatement> rest = ParallelLoader.runFirstRound(statements, connections, () -> dev.spec().open());
            if (left != null) {
                left.add(rest);
            }
            new DesiredStateLoader(connection).load(rest);
            return new CatalogInspector(connection, dev.spec()::open).inspect(Set.of("app"));
        }
    }
}
