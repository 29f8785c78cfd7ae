package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * A schema dump made today by {@code pg_dump --schema-only} is a desired state as it is: its
 * <code>&#92;restrict</code> and <code>&#92;unrestrict</code> lines (pg_dump 17.6, 16.10, 15.14 and later), its
 * session settings, owners and privileges all load, and it plans clean against the database it was dumped from.
 * Any other psql meta-command stays an error naming its file and line. Runs converge as a process, as a user would.
 */
class PgDumpDesiredStateTest {

    private static final String SCHEMA = """
            CREATE SCHEMA shop;
            CREATE TYPE shop.status AS ENUM ('new', 'paid');
            CREATE TABLE shop.customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
            CREATE TABLE shop."Order" (id serial PRIMARY KEY, customer_id bigint REFERENCES shop.customer,
                status shop.status NOT NULL DEFAULT 'new', total numeric(10,2) CHECK (total >= 0));
            CREATE INDEX order_customer ON shop."Order" (customer_id) WHERE status = 'new';
            CREATE FUNCTION shop.total_of(c bigint) RETURNS numeric LANGUAGE sql STABLE
                AS $$ SELECT coalesce(sum(total), 0) FROM shop."Order" WHERE customer_id = c $$;
            CREATE VIEW shop.customer_total AS SELECT id, shop.total_of(id) AS total FROM shop.customer;
            COMMENT ON TABLE shop.customer IS 'who buys';
            """;

    @TempDir
    Path dir;

    @Test
    void aCurrentPgDumpPlansClean() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(SCHEMA)) {
            String dump = withRestrictLines(SchemaDump.raw(db.spec()));
            Path file = dir.resolve("dump.sql");
            Files.writeString(file, dump);

            CliProcessTest.Run plan = CliProcessTest.converge("plan", "--db", db.url(), "--desired", file.toString(),
                    "--schema", "shop");
            assertThat(plan.exitCode()).as(plan.all()).isZero();
        }
    }

    @Test
    void anotherMetaCommandIsAnErrorNamingFileAndLine() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Path file = dir.resolve("dump.sql");
            Files.writeString(file,
                    "\\restrict k1\nCREATE TABLE t (id int);\n\\set ON_ERROR_STOP on\n\\unrestrict k1\n");
            CliProcessTest.Run plan = CliProcessTest.converge("plan", "--db", db.url(), "--desired", file.toString());
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(1);
            assertThat(plan.err()).contains("dump.sql:3:1: psql meta-command \\set is not SQL");
        }
    }

    /** The lines as pg_dump 17.6+ writes them, added where the pg_dump on this machine is older. */
    private static String withRestrictLines(String dump) {
        if (dump.contains("\n\\restrict ")) {
            return dump;
        }
        return "--\n-- PostgreSQL database dump\n--\n\n\\restrict K3yFr0mPgDump\n\n" + dump
                + "\n\\unrestrict K3yFr0mPgDump\n\n";
    }
}
