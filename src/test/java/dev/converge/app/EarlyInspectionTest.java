package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.plan.Statement;
import dev.converge.testing.TestDatabase;

/**
 * The target is inspected while the desired state is read when the managed schemas can be told beforehand, and the
 * plan is the same either way: a right guess (the schemas the desired state creates, or --schema) uses the early
 * catalog, a wrong one (objects also in a schema the desired state does not create) inspects again.
 */
class EarlyInspectionTest {

    private static final String CURRENT = "CREATE SCHEMA \"Sales\"; CREATE TABLE \"Sales\".orders (id int);"
            + " CREATE TABLE public.notes (id int); CREATE TABLE public.gone (id int);";

    @Test
    void aRightGuessUsesTheEarlyCatalog(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("desired.sql"),
                "CREATE SCHEMA \"Sales\"; CREATE TABLE \"Sales\".orders (id int, total numeric);");
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            List<String> steps = new ArrayList<>();
            PlanResult result = plan(db, dir, Set.of(), steps);
            assertThat(sql(result)).containsExactly("ALTER TABLE \"Sales\".orders ADD COLUMN total numeric");
            assertThat(steps).anyMatch(s -> s.startsWith("inspecting ") && s.endsWith("while reading the desired state"))
                    .noneMatch(s -> s.equals("inspecting " + db.spec()));
        }
    }

    @Test
    void aWrongGuessInspectsAgainAndPlansTheSame(@TempDir Path dir) throws Exception {
        // creates "Sales" but also puts a table in public: managed are both, the guess was "Sales" alone
        Files.writeString(dir.resolve("desired.sql"), "CREATE SCHEMA \"Sales\";"
                + " CREATE TABLE \"Sales\".orders (id int); CREATE TABLE public.notes (id int, body text);");
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            List<String> steps = new ArrayList<>();
            PlanResult result = plan(db, dir, Set.of(), steps);
            assertThat(sql(result)).containsExactlyInAnyOrder("ALTER TABLE public.notes ADD COLUMN body text",
                    "DROP TABLE public.gone");
            assertThat(steps).contains("inspecting " + db.spec());
        }
    }

    @Test
    void givenSchemasAreReadEarly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("desired.sql"), "CREATE TABLE public.notes (id int, body text);"
                + " CREATE TABLE public.gone (id int);");
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            List<String> steps = new ArrayList<>();
            PlanResult result = plan(db, dir, Set.of("public"), steps);
            assertThat(sql(result)).containsExactly("ALTER TABLE public.notes ADD COLUMN body text");
            assertThat(steps).noneMatch(s -> s.equals("inspecting " + db.spec()));
        }
    }

    private static PlanResult plan(TestDatabase db, Path dir, Set<String> schemas, List<String> steps) {
        return new PlanWorkflow(steps::add).plan(new Target(db.spec(), List.of(dir), schemas, null));
    }

    private static List<String> sql(PlanResult result) {
        return result.plan().statements().stream().map(Statement::sql).map(String::strip)
                .filter(s -> !s.startsWith("--")).toList();
    }
}
