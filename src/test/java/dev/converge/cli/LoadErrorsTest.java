package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * Load errors lead with their cause (issue 14): a misspelt type in one file is reported first, and the statements
 * of other files that fail only because of it follow, marked as consequences. A data change or a DROP in the
 * desired state is an error naming its file and line. Runs converge as a process.
 */
class LoadErrorsTest {

    @TempDir
    Path dir;

    private CliProcessTest.Run plan(TestDatabase db) throws Exception {
        return CliProcessTest.converge("plan", "--db", db.url(), "--desired", dir.toString());
    }

    @Test
    void theMisspeltTypeIsReportedBeforeWhatFailsBecauseOfIt() throws Exception {
        Files.writeString(dir.resolve("a_views.sql"),
                "CREATE VIEW public.with_bio AS SELECT id, bio FROM public.users;\n");
        Files.writeString(dir.resolve("b_orders.sql"),
                "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);\n");
        Files.writeString(dir.resolve("users.sql"), "CREATE TABLE users (\n  id int PRIMARY KEY,\n  bio txet\n);\n");
        try (TestDatabase db = TestDatabase.create()) {
            CliProcessTest.Run run = plan(db);
            assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
            String err = run.err();
            assertThat(err).contains("users.sql:3:7: type \"txet\" does not exist");
            assertThat(err.indexOf("users.sql:3:7")).as(err).isLessThan(err.indexOf("a_views.sql"))
                    .isLessThan(err.indexOf("b_orders.sql"));
            assertThat(err).contains("also failing, as a consequence: ").contains("a_views.sql:1:")
                    .contains("relation \"public.users\" does not exist");
        }
    }

    @Test
    void dataChangesAndDropsAreErrorsNamingFileAndLine() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Path seed = dir.resolve("schema.sql");
            for (String statement : new String[] {"INSERT INTO t VALUES (1)", "update t set id = 2",
                    "DELETE FROM t", "COPY t FROM stdin", "TRUNCATE t", "DROP TABLE IF EXISTS old"}) {
                Files.writeString(seed, "CREATE TABLE t (id int);\n\n" + statement + ";\n");
                CliProcessTest.Run run = plan(db);
                assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
                assertThat(run.err()).as(statement).contains("schema.sql:3:1: ")
                        .contains("the desired state holds definitions only");
            }
            Files.writeString(seed, "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n");
            assertThat(plan(db).err()).contains("schema.sql:2:1: INSERT changes data")
                    .contains("move data changes to a migration or seed step");
        }
    }

    /** A Rails structure.sql loads with its migration versions left out; any other INSERT is still refused. */
    @Test
    void railsMigrationVersionsAreLeftOutButOtherDataIsNot() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Path structure = dir.resolve("structure.sql");
            String schema = "CREATE TABLE public.schema_migrations (version character varying NOT NULL PRIMARY KEY);\n";
            Files.writeString(structure, schema
                    + "INSERT INTO \"schema_migrations\" (version) VALUES\n('20230101120000'),\n('20230215093000');\n");
            CliProcessTest.Run run = plan(db);
            assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
            assertThat(run.out()).contains("schema_migrations");
            Files.writeString(structure, schema
                    + "INSERT INTO \"schema_migrations\" (version) VALUES ('1');\n"
                    + "INSERT INTO \"schema_migrations\" (version) SELECT '2';\n");
            run = plan(db);
            assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
            assertThat(run.err()).contains("structure.sql:3:1: INSERT changes data");
        }
    }
}
