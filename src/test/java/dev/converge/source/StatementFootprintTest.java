package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.converge.source.StatementFootprint.Role;

class StatementFootprintTest {

    private static StatementFootprint of(String sql) {
        return StatementFootprint.of(new SqlStatement(new SourceFile(Path.of("t.sql"), "t.sql", sql), 1, 1, sql));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE TABLE core.orders (id int PRIMARY KEY, c int REFERENCES core.customers) | CREATE  | orders
            CREATE UNLOGGED TABLE IF NOT EXISTS "Quoted" (id int)                         | CREATE  | Quoted
            CREATE UNIQUE INDEX orders_c ON core.orders (c)                                | CREATE  | orders_c
            CREATE INDEX ON core.orders (c)                                                | ALTER   | orders
            CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (c)                             | CREATE  | i
            CREATE OR REPLACE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1'      | CREATE  | f
            CREATE MATERIALIZED VIEW app.mv AS SELECT 1                                    | CREATE  | mv
            CREATE CONSTRAINT TRIGGER trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f() | CREATE | trg
            CREATE SCHEMA AUTHORIZATION app                                                | CREATE  | app
            CREATE POLICY p ON ONLY app.t USING (true)                                     | ALTER   | t
            ALTER TABLE ONLY core.orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES core.customers | ALTER | orders
            ALTER MATERIALIZED VIEW IF EXISTS app.mv OWNER TO app                          | ALTER   | mv
            GRANT SELECT ON app.t TO reader                                                | ALTER   | ' acl'
            COMMENT ON COLUMN app.t.c IS 'x'                                               | CREATE  |
            ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO reader                      | BARRIER |
            CREATE AGGREGATE app.a (int) (sfunc = int4pl, stype = int)                     | BARRIER |
            DROP TABLE app.t                                                               | BARRIER |
            SET search_path = app                                                          | SESSION |
            DO $$ BEGIN END $$                                                             | SESSION |
            INSERT INTO app.t VALUES (1)                                                   | SESSION |
            """)
    void classifiesTheHead(String sql, Role role, String writes) {
        StatementFootprint footprint = of(sql);
        assertThat(footprint.role()).isEqualTo(role);
        if (writes == null) {
            assertThat(footprint.writes()).isEmpty();
        } else {
            assertThat(footprint.writes()).containsExactly(writes);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SET client_min_messages = warning             | true
            SELECT pg_catalog.set_config('search_path', '', false) | true
            SET ROLE app                                  | false
            SET LOCAL search_path = x                     | false
            SELECT 1                                      | false
            """)
    void settingsThatEveryConnectionMayRepeat(String sql, boolean setting) {
        assertThat(StatementFootprint.isSetting(new SqlStatement(new SourceFile(Path.of("t.sql"), "t.sql", sql), 1,
                1, sql))).isEqualTo(setting);
    }

    @org.junit.jupiter.api.Test
    void mentionsReachIntoStringsAndBodies() {
        StatementFootprint footprint = of("CREATE TABLE t (id int DEFAULT nextval('app.t_seq'), "
                + "c \"Mixed\" CHECK (f(c)))");
        assertThat(footprint.mentions()).contains("t_seq", "app", "Mixed", "f");
        assertThat(of("CREATE FUNCTION g() RETURNS int AS $b$ SELECT count(*) FROM app.orders $b$ LANGUAGE sql")
                .mentions()).contains("orders");
    }
}
