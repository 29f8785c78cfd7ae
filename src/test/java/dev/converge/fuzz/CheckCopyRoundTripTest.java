package dev.converge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * Inspect output of partitions whose copies of NOT VALID checks are validated on some and not on others (created
 * before or after the check, attached, validated by hand, one level down) plans clean against its database and
 * builds the same database from empty: the check the fuzz cases of seeds 5056942407846189835 and
 * 3221861408409494268 failed, on more shapes.
 */
class CheckCopyRoundTripTest {

    @TempDir
    Path work;

    @Test
    void inspectOutputKeepsWhichCopiesAreValidated() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA app;
                CREATE SCHEMA "Other";
                CREATE TABLE app.events (id int NOT NULL, kind text NOT NULL, amount int) PARTITION BY RANGE (id);
                CREATE TABLE app.before PARTITION OF app.events FOR VALUES FROM (0) TO (10) PARTITION BY LIST (kind);
                CREATE TABLE app.before_a PARTITION OF app.before FOR VALUES IN ('a');
                CREATE TABLE app.by_hand PARTITION OF app.events FOR VALUES FROM (10) TO (20);
                CREATE TABLE "Other".early PARTITION OF app.events FOR VALUES FROM (40) TO (50);
                ALTER TABLE app.events ADD CONSTRAINT positive CHECK (amount > 0) NOT VALID;
                ALTER TABLE app.events ADD CONSTRAINT positive_valid CHECK (amount > 0);
                ALTER TABLE app.events ADD CONSTRAINT positive_too CHECK (amount > 0) NOT VALID;
                ALTER TABLE app.by_hand VALIDATE CONSTRAINT positive;
                CREATE TABLE app.before_b PARTITION OF app.before FOR VALUES IN ('b');
                CREATE TABLE "Other"."After 1" PARTITION OF app.events FOR VALUES FROM (20) TO (30)
                    PARTITION BY LIST (kind);
                CREATE TABLE "Other"."After 1 a" PARTITION OF "Other"."After 1" FOR VALUES IN ('a');
                CREATE TABLE app.attached (id int NOT NULL, kind text NOT NULL, amount int,
                    CONSTRAINT positive CHECK (amount > 0), CONSTRAINT positive_valid CHECK (amount > 0),
                    CONSTRAINT positive_too CHECK (amount > 0));
                ALTER TABLE app.events ATTACH PARTITION app.attached FOR VALUES FROM (30) TO (40);
                """)) {
            SchemaPairCheck.inspectRoundTrip(db.spec(), work);
            String tables = Files.readString(work.resolve("app").resolve("tables.sql"));
            assertThat(tables).contains("ALTER TABLE app.by_hand VALIDATE CONSTRAINT positive;")
                    .doesNotContain("ALTER TABLE app.before VALIDATE CONSTRAINT");
        }
    }
}
