package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.model.Catalog;
import dev.converge.model.Constraint;

/**
 * Partitions' validated copies of NOT VALID checks: PostgreSQL validates the copy of a partition created or attached
 * after the check (and one validated by hand), not of those that were there; copies of a valid check are not listed.
 */
class CheckCopyInspectionTest {

    private static final Catalog CATALOG = Inspected.catalog("""
            CREATE SCHEMA app;
            CREATE SCHEMA "Other";
            CREATE TABLE app.events (id int NOT NULL, kind text NOT NULL, amount int) PARTITION BY RANGE (id);
            CREATE TABLE app.before PARTITION OF app.events FOR VALUES FROM (0) TO (10) PARTITION BY LIST (kind);
            CREATE TABLE app.before_a PARTITION OF app.before FOR VALUES IN ('a');
            CREATE TABLE app.by_hand PARTITION OF app.events FOR VALUES FROM (10) TO (20);
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
            """, Set.of("app", "Other"));

    @Test
    void copiesThereBeforeTheCheckAreUnvalidated() {
        assertThat(Inspected.table(CATALOG, "app", "before").validatedCheckCopies()).isEmpty();
        assertThat(Inspected.table(CATALOG, "app", "before_a").validatedCheckCopies()).isEmpty();
    }

    @Test
    void copiesValidatedByHandOrMadeAfterTheCheckAreListed() {
        assertThat(Inspected.table(CATALOG, "app", "by_hand").validatedCheckCopies()).containsExactly("positive");
        assertThat(Inspected.table(CATALOG, "Other", "After 1").validatedCheckCopies())
                .containsExactly("positive", "positive_too");
        assertThat(Inspected.table(CATALOG, "Other", "After 1 a").validatedCheckCopies())
                .containsExactly("positive", "positive_too");
        assertThat(Inspected.table(CATALOG, "app", "attached").validatedCheckCopies())
                .containsExactly("positive", "positive_too");
    }

    @Test
    void aNewSubPartitionCopiesItsParentsUnvalidatedCopyValidated() {
        // PostgreSQL validates a copy it makes for a new partition, whatever its parent's copy is
        assertThat(Inspected.table(CATALOG, "app", "before_b").validatedCheckCopies())
                .containsExactly("positive", "positive_too");
    }

    @Test
    void theCopiesAreNotThePartitionsOwnConstraints() {
        assertThat(Inspected.table(CATALOG, "app", "attached").constraints()).isEmpty();
        assertThat(Inspected.table(CATALOG, "app", "events").constraints()).extracting(Constraint::name)
                .containsExactly("positive", "positive_too", "positive_valid");
    }
}
