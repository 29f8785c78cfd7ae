package dev.converge.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.converge.report.PlanReport;
import dev.converge.testing.TestDatabase;

/**
 * One plan worth reporting on, against a real database: a changed table (a column dropped, one added, one made
 * NOT NULL), a changed view, a created table, a dropped table and an unchanged one. The desired state is written
 * to files with known line numbers so that locations can be checked.
 */
final class ReportScenario {

    static final String CURRENT = """
            CREATE TABLE customers (id int PRIMARY KEY, name text, fax text);
            CREATE TABLE keep (id int PRIMARY KEY);
            CREATE VIEW customer_names AS SELECT id, name FROM customers;
            CREATE TABLE old_stuff (id int);
            """;

    static final String TABLES = """
            -- customers, line 2
            CREATE TABLE customers (
                id int PRIMARY KEY,
                name text NOT NULL,
                email text
            );

            CREATE TABLE keep (id int PRIMARY KEY);
            """;

    static final String VIEWS = "CREATE VIEW customer_names AS SELECT id, upper(name) AS name FROM customers;\n";

    static final String ORDERS = "\n\nCREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id int REFERENCES customers);\n";

    /** The objects the plan must change; keep and the schema stay as they are. */
    static final Set<String> DRIFTED = Set.of("table:public.customers", "view:public.customer_names",
            "table:public.orders", "table:public.old_stuff");

    private ReportScenario() {
    }

    static Path writeDesired(Path dir) {
        try {
            Files.writeString(dir.resolve("tables.sql"), TABLES);
            Files.writeString(dir.resolve("views.sql"), VIEWS);
            Files.writeString(dir.resolve("orders.sql"), ORDERS);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanReport report(TestDatabase db, Path desired, String command) {
        Target target = new Target(db.spec(), List.of(desired), Set.of(), null);
        return Reports.of(command, target, new PlanWorkflow(Progress.SILENT).plan(target));
    }
}
