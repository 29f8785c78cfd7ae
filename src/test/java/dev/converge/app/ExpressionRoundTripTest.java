package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.converge.apply.ApplyListener;
import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * Issue 13, "real schemas converge", for expressions PostgreSQL prints in a form it prints differently once it parses
 * that form again (a BETWEEN in an AND chain, an IN list on a varchar column): a database built from the user's SQL,
 * inspected, must plan clean against itself, and the inspect output must build the same schema from empty, in each
 * place such an expression lives. Without the current side's
 * second prints each of these plans to drop and create the object again (a generated column: drop and add it).
 */
class ExpressionRoundTripTest {

    private static final String TOUCH = "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql "
            + "AS $$BEGIN RETURN NEW; END$$;";

    private static final ApplyWorkflow.Confirmation YES = new ApplyWorkflow.Confirmation() {
        @Override
        public void show(PlanResult plan) {
        }

        @Override
        public boolean confirm(PlanResult plan) {
            return true;
        }
    };

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // index predicates and expressions
        "CREATE TABLE t (id int, v int); CREATE INDEX t_v ON t (id) WHERE v BETWEEN 0 AND 9 AND v <> 5;",
        "CREATE SCHEMA \"Odd\"; CREATE TABLE \"Odd\".\"T t\" (id int, \"Kind\" varchar(8));"
                + "CREATE UNIQUE INDEX \"T t kind\" ON \"Odd\".\"T t\""
                + " ((CASE WHEN \"Kind\" IN ('a', 'b') THEN 1 END), id);",
        "CREATE TYPE mood AS ENUM ('a', 'b', 'c'); CREATE TABLE t (id int, m mood);"
                + "CREATE INDEX t_m ON t (id) WHERE m BETWEEN 'a' AND 'b' AND m <> 'c';",
        "CREATE TABLE p (id int, site varchar(4), v int) PARTITION BY RANGE (id);"
                + "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);"
                + "CREATE INDEX p_site ON p (id) WHERE site IN ('n', 's') AND v BETWEEN 1 AND 2 AND v <> 3;",
        // an exclusion constraint's WHERE (compared like a check), in a quoted schema
        "CREATE SCHEMA \"Odd\"; CREATE TABLE \"Odd\".ex (id int, k varchar(4), CONSTRAINT \"No twins\" "
                + "EXCLUDE USING btree (id WITH =) WHERE (k IN ('a', 'b') AND id BETWEEN 0 AND 9 AND id <> 5));",
        // column defaults and generated columns, with a view on the generated column
        "CREATE TABLE t (id int, k varchar(4), ok boolean DEFAULT ('a'::varchar IN ('a', 'b')),"
                + " near boolean DEFAULT (2 BETWEEN 1 AND 3 AND true));",
        "CREATE TABLE t (id int, k varchar(4), small boolean GENERATED ALWAYS AS "
                + "(k IN ('a', 'b') AND id BETWEEN 0 AND 9 AND id <> 5) STORED);"
                + "CREATE VIEW v AS SELECT id, small FROM t;",
        "CREATE TABLE parent (id int, ok boolean DEFAULT ('a'::varchar IN ('a', 'b')));"
                + "CREATE TABLE child (extra int) INHERITS (parent);",
        // domain checks (one NOT VALID, which CREATE DOMAIN refuses: it is added by ALTER DOMAIN) and defaults
        "CREATE DOMAIN code AS varchar(4) CHECK (VALUE IN ('A', 'B') OR VALUE BETWEEN 'C0' AND 'C9' AND VALUE <> 'C5');"
                + "CREATE DOMAIN flag AS boolean DEFAULT ('x'::varchar IN ('a', 'b'));",
        "CREATE SCHEMA s; CREATE DOMAIN s.\"Level\" AS int DEFAULT 5 CONSTRAINT \"Level check\" "
                + "CHECK (VALUE BETWEEN 0 AND 9 AND VALUE <> 5 OR VALUE IS NULL);"
                + "CREATE TABLE s.t (id int, l s.\"Level\");",
        "CREATE DOMAIN level AS int CONSTRAINT level_positive CHECK (VALUE > 0); ALTER DOMAIN level ADD CONSTRAINT "
                + "level_check CHECK (VALUE BETWEEN 0 AND 9 AND VALUE <> 5) NOT VALID;",
        // policies: USING, WITH CHECK, for a command and roles
        "CREATE TABLE t (id int, k varchar(4)); ALTER TABLE t ENABLE ROW LEVEL SECURITY;"
                + "CREATE POLICY p ON t USING (k IN ('a', 'b')) WITH CHECK (id BETWEEN 0 AND 9 AND id <> 5);"
                + "CREATE POLICY \"Sel q\" ON t FOR SELECT TO PUBLIC USING (id BETWEEN 0 AND 9 AND k IN ('x', 'y'));",
        // trigger WHEN clauses, a constraint trigger among them
        TOUCH + "CREATE TABLE t (id int, k varchar(4)); CREATE TRIGGER \"T when\" BEFORE UPDATE ON t FOR EACH ROW"
                + " WHEN (NEW.k IN ('a', 'b') AND OLD.id BETWEEN 0 AND 9 AND NEW.id <> 5) EXECUTE FUNCTION touch();",
        TOUCH + "CREATE TABLE t (id int, k varchar(4)); CREATE CONSTRAINT TRIGGER tc AFTER UPDATE ON t "
                + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.id BETWEEN 0 AND 9 AND NEW.id <> 5) "
                + "EXECUTE FUNCTION touch();",
    })
    void inspectOutputPlansCleanAgainstItsDatabase(String sql) throws Exception {
        roundTrip(sql);
    }

    /**
     * Views and rules print an IN list on a varchar column the same two ways (a BETWEEN in a view's query keeps its
     * nesting: there it is never the left side of an AND the parser flattens); their second print needs the
     * relations they read, which the scratch database gets for them.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "CREATE TABLE t (id int, k varchar(4)); CREATE VIEW v AS SELECT id FROM t WHERE k IN ('a', 'b');",
        // a view on a view on a quoted table, and a materialized view with an index
        "CREATE SCHEMA \"Odd\"; CREATE TABLE \"Odd\".\"T t\" (id int, \"K\" varchar(4));"
                + "CREATE VIEW \"Odd\".base AS SELECT id, \"K\" FROM \"Odd\".\"T t\" WHERE id > 0;"
                + "CREATE VIEW \"Odd\".\"On base\" AS SELECT id FROM \"Odd\".base WHERE \"K\" IN ('a', 'b');"
                + "CREATE MATERIALIZED VIEW \"Odd\".m AS SELECT id, \"K\", \"K\" IN ('x', 'y') AS xy FROM \"Odd\".\"T t\";"
                + "CREATE UNIQUE INDEX m_id ON \"Odd\".m (id) WHERE \"K\" IN ('p', 'q') AND id BETWEEN 0 AND 9;",
        // the views read are built in dependency order, not name order (a.mid reads z.base), and a table they read
        // has a default from a sequence the scratch database lacks
        "CREATE SCHEMA z; CREATE SCHEMA a; CREATE SEQUENCE z.s;"
                + "CREATE TABLE z.t (id int DEFAULT nextval('z.s'), k varchar(4) NOT NULL, PRIMARY KEY (id));"
                + "CREATE VIEW z.base AS SELECT id, k FROM z.t; CREATE VIEW a.mid AS SELECT id, k FROM z.base;"
                + "CREATE VIEW a.top AS SELECT id FROM a.mid WHERE k IN ('a', 'b');",
        // rules: a condition on the rule's table, an action on another table, one disabled
        "CREATE TABLE t (id int, k varchar(4)); CREATE TABLE log (id int, k varchar(4));"
                + "CREATE RULE \"Keep log\" AS ON INSERT TO t WHERE NEW.k IN ('a', 'b') AND NEW.id BETWEEN 0 AND 9"
                + " DO ALSO INSERT INTO log SELECT NEW.id, NEW.k WHERE NEW.k IN ('a', 'c');"
                + "CREATE RULE quiet AS ON UPDATE TO t WHERE OLD.k IN ('x', 'y') DO INSTEAD NOTHING;"
                + "ALTER TABLE t DISABLE RULE quiet;",
    })
    void viewsAndRulesPlanCleanAgainstTheirDatabase(String sql) throws Exception {
        roundTrip(sql);
    }

    /**
     * Inspect then plan against the same database: empty. The inspect output applied to an empty database builds
     * the same schema as a restore of the database's own dump (which, built from prints, shows second prints too).
     */
    private void roundTrip(String sql) throws Exception {
        try (TestDatabase db = TestDatabase.withSql(sql); TestDatabase empty = TestDatabase.create()) {
            assertThat(RoundTrip.planAfterInspect(db.spec(), directory)).isEmpty();
            new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT).apply(new Target(empty.spec(),
                    List.of(directory), Set.of(), null), ApplyPolicy.allowAll(), YES);
            assertThat(SchemaDump.of(empty.spec())).as("built from empty")
                    .containsExactlyElementsOf(SchemaDump.reprinted(db.spec()));
        }
    }
}
