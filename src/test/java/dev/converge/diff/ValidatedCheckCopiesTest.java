package dev.converge.diff;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.change.Change;
import dev.converge.change.ValidateCheckCopy;
import dev.converge.model.Catalog;
import dev.converge.model.ConstraintKind;
import dev.converge.model.PartitionOf;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * (current, desired) -> the partitions' check copies the differ validates: where the desired state has a copy of a
 * NOT VALID check validated and the current one has not, or the plan makes the copy again (a new partition, a new
 * check); never to unvalidate one.
 */
class ValidatedCheckCopiesTest {

    private static final String NOT_VALID = "CHECK ((amount > 0)) NOT VALID";
    private static final String VALID = "CHECK ((amount > 0))";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("an unvalidated copy the desired state has validated",
                        events(NOT_VALID, part("app.e1", List.of())),
                        events(NOT_VALID, part("app.e1", List.of("amount_positive"))),
                        List.of("app.e1 <- [app.events]")),
                Arguments.of("a validated copy that stays",
                        events(NOT_VALID, part("app.e1", List.of("amount_positive"))),
                        events(NOT_VALID, part("app.e1", List.of("amount_positive"))),
                        List.of()),
                Arguments.of("a validated copy the desired state has unvalidated: PostgreSQL cannot unvalidate",
                        events(NOT_VALID, part("app.e1", List.of("amount_positive"))),
                        events(NOT_VALID, part("app.e1", List.of())),
                        List.of()),
                Arguments.of("a new partition whose copy the desired state has validated",
                        events(NOT_VALID),
                        events(NOT_VALID, part("Other Schema.E 2", List.of("amount_positive"))),
                        List.of("Other Schema.E 2 <- [app.events]")),
                Arguments.of("a check added again NOT VALID makes the copies again",
                        events("CHECK ((amount > 1)) NOT VALID", part("app.e1", List.of("amount_positive"))),
                        events(NOT_VALID, part("app.e1", List.of("amount_positive"))),
                        List.of("app.e1 <- [app.events]")),
                Arguments.of("a validated check, whose copies are all validated",
                        events(VALID, part("app.e1", List.of())),
                        events(VALID, part("app.e1", List.of())),
                        List.of()),
                Arguments.of("a sub-partition: its ancestors up to the owner of the check",
                        events(NOT_VALID, withKey(part("app.e1", List.of()), "LIST (kind)"),
                                sub("app.e1a", "app.e1", List.of())),
                        events(NOT_VALID, withKey(part("app.e1", List.of()), "LIST (kind)"),
                                sub("app.e1a", "app.e1", List.of("amount_positive"))),
                        List.of("app.e1a <- [app.e1, app.events]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validatesWhatTheDesiredStateHasValidated(String name, Catalog current, Catalog desired,
                                                  List<String> expected) {
        List<Change> changes = Differ.diff(current, desired).changes();
        assertThat(changes.stream().filter(ValidateCheckCopy.class::isInstance).map(ValidateCheckCopy.class::cast)
                .map(v -> raw(v.partition()) + " <- " + v.ancestors().stream().map(ValidatedCheckCopiesTest::raw)
                        .toList()).toList())
                .as(name).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(changes.stream().filter(ValidateCheckCopy.class::isInstance)
                .allMatch(c -> ((ValidateCheckCopy) c).constraint().equals("amount_positive"))).isTrue();
    }

    /** app.events, range-partitioned, owning check amount_positive with {@code definition}, and its partitions. */
    private static Catalog events(String definition, Table... partitions) {
        Table parent = table("app.events").col("id", "integer").col("amount", "integer").col("kind", "text")
                .constraint("amount_positive", ConstraintKind.CHECK, List.of("amount"), definition).build();
        Build.CatalogBuilder catalog = catalog().schema("app", "Other Schema")
                .table(withKey(parent, "RANGE (id)"));
        for (Table partition : partitions) {
            catalog.table(partition);
        }
        return catalog.build();
    }

    private static Table part(String name, List<String> validated) {
        return sub(name, "app.events", validated);
    }

    private static Table sub(String name, String parent, List<String> validated) {
        Table plain = table(name).col("id", "integer").col("amount", "integer").col("kind", "text").build();
        return plain.withPartitionOf(new PartitionOf(qn(parent), "FOR VALUES FROM (0) TO (100)"))
                .withValidatedCheckCopies(validated);
    }

    private static Table withKey(Table table, String key) {
        return new Table(table.name(), false, table.columns(), table.constraints(), table.indexes(), null, key,
                table.partitionOf(), List.of(), table.validatedCheckCopies());
    }

    private static String raw(QualifiedName name) {
        return name.schema() + "." + name.name();
    }
}
