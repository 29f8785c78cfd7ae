package dev.converge.plan;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.diff.Differ;
import dev.converge.model.Catalog;
import dev.converge.model.ConstraintKind;
import dev.converge.model.PartitionOf;
import dev.converge.model.Table;

/**
 * A partition's validated copy of a NOT VALID check is validated after the partition and the check exist: inside
 * the transaction on a new partition; after the commit, with its scan as a hazard, on one that was there.
 */
class ValidateCheckCopyPlanTest {

    @Test
    void aNewPartitionIsValidatedAfterItsParentsCheckWithoutHazard() {
        Plan plan = Planner.plan(Differ.diff(catalog().schema("app", "Far Away").build(),
                events(part("Far Away.Part 1", List.of("amount_positive")))));
        List<String> sql = plan.statements().stream().map(Statement::sql).toList();
        int validate = sql.indexOf("ALTER TABLE \"Far Away\".\"Part 1\" VALIDATE CONSTRAINT amount_positive");
        assertThat(validate).as(String.join("\n", sql)).isPositive();
        assertThat(sql.indexOf("ALTER TABLE app.events ADD CONSTRAINT amount_positive CHECK ((amount > 0)) NOT VALID"))
                .isBetween(0, validate - 1);
        assertThat(sql.stream().filter(s -> s.startsWith("CREATE TABLE \"Far Away\".\"Part 1\"")).findFirst()
                .map(sql::indexOf).orElseThrow()).isBetween(0, validate - 1);
        Statement statement = plan.statements().get(validate);
        assertThat(statement.transactional()).isTrue();
        assertThat(statement.hazards()).isEmpty();
    }

    @Test
    void anExistingPartitionsCopyIsValidatedAfterTheCommitWithItsScanAsAHazard() {
        Plan plan = Planner.plan(Differ.diff(events(part("app.e1", List.of())),
                events(part("app.e1", List.of("amount_positive")))));
        assertThat(plan.statements()).singleElement().satisfies(s -> {
            assertThat(s.sql()).isEqualTo("ALTER TABLE app.e1 VALIDATE CONSTRAINT amount_positive");
            assertThat(s.hazards()).containsExactly(Hazard.VALIDATES_ROWS);
            assertThat(s.transactional()).as("after the commit, on its own").isFalse();
        });
    }

    private static Catalog events(Table partition) {
        Table parent = table("app.events").col("id", "integer").col("amount", "integer")
                .constraint("amount_positive", ConstraintKind.CHECK, List.of("amount"),
                        "CHECK ((amount > 0)) NOT VALID").build();
        return catalog().schema("app", "Far Away").table(new Table(parent.name(), false, parent.columns(),
                parent.constraints(), List.of(), null, "RANGE (id)", null, List.of())).table(partition).build();
    }

    private static Table part(String name, List<String> validated) {
        return table(name).col("id", "integer").col("amount", "integer").build()
                .withPartitionOf(new PartitionOf(qn("app.events"), "FOR VALUES FROM (0) TO (100)"))
                .withValidatedCheckCopies(validated);
    }
}
