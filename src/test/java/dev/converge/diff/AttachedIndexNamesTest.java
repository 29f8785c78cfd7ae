package dev.converge.diff;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.change.NameAttachedIndex;
import dev.converge.model.AttachedIndex;
import dev.converge.model.Catalog;
import dev.converge.model.ColumnRef;
import dev.converge.model.Index;
import dev.converge.model.PartitionOf;
import dev.converge.model.Table;

/**
 * Which partition index copies the plan names explicitly ({@link NameAttachedIndex}): those whose desired name is
 * not surely the one PostgreSQL chooses, because it is another, because two copies on one partition ask for the
 * same name, or because a column type change rebuilds their parent's index.
 */
class AttachedIndexNamesTest {

    private static final String PARENT = "public.events";

    @Test
    void aCopyUnderTheNamePostgresChoosesIsLeftToPostgres() {
        Catalog desired = catalog().schema("public").table(parent("at bigint", "events_a"))
                .table(partition("public.events_p1", attached("events_p1_at_idx", "events_a"))).build();

        assertThat(named(catalog().schema("public").build(), desired)).isEmpty();
    }

    @Test
    void copiesOfTwoParentIndexesOnOneColumnAreAllNamed() {
        // which copy gets _idx and which _idx1 depends on the order PostgreSQL made them in, and on which parent
        // index took a partition's own index instead of making a copy (seed 1016)
        Catalog desired = catalog().schema("public").table(parent("at bigint", "events_a", "events_b"))
                .table(partition("public.events_p1", attached("local", "events_a"),
                        attached("events_p1_at_idx", "events_b")))
                .table(partition("public.events_p2", attached("events_p2_at_idx", "events_a"),
                        attached("events_p2_at_idx1", "events_b")))
                .build();

        assertThat(named(catalog().schema("public").build(), desired)).extracting(NameAttachedIndex::name)
                .containsExactlyInAnyOrder("local", "events_p1_at_idx", "events_p2_at_idx", "events_p2_at_idx1");
    }

    @Test
    void anAttachedOwnIndexIsNamedAgainAfterItsColumnIsRetyped() {
        // ALTER COLUMN TYPE rebuilds the parent's index and with it a new copy under a generated name (seed
        // 7916526371121515923)
        Catalog current = retyped("bigint", "local");
        Catalog desired = retyped("numeric(20,2)", "local");

        assertThat(named(current, desired)).containsExactly(new NameAttachedIndex(qn("public.events_p1"),
                qn("public.events_a"), "local", List.of(new ColumnRef(qn(PARENT), "at"))));
    }

    @Test
    void aRetypedCopyUnderTheNamePostgresChoosesIsLeftToPostgres() {
        assertThat(named(retyped("bigint", "events_p1_at_idx"), retyped("numeric(20,2)", "events_p1_at_idx")))
                .isEmpty();
    }

    @Test
    void aRetypeOfAColumnTheParentIndexDoesNotUseKeepsTheCopy() {
        Catalog current = catalog().schema("public").table(parent("at bigint, note text", "events_a"))
                .table(partition("public.events_p1", attached("local", "events_a"))).build();
        Catalog desired = catalog().schema("public").table(parent("at bigint, note varchar(9)", "events_a"))
                .table(partition("public.events_p1", attached("local", "events_a"))).build();

        assertThat(named(current, desired)).isEmpty();
    }

    private static Catalog retyped(String type, String copy) {
        return catalog().schema("public").table(parent("at " + type, "events_a"))
                .table(partition("public.events_p1", attached(copy, "events_a"))).build();
    }

    private static List<NameAttachedIndex> named(Catalog current, Catalog desired) {
        return Differ.diff(current, desired).changes().stream().filter(NameAttachedIndex.class::isInstance)
                .map(NameAttachedIndex.class::cast).toList();
    }

    /** The partitioned table, its columns as "name type, ..." and btree indexes on its column at. */
    private static Table parent(String columns, String... indexes) {
        Build.TableBuilder builder = table(PARENT).col("id", "integer");
        for (String column : columns.split(", ")) {
            int space = column.indexOf(' ');
            builder.col(column.substring(0, space), column.substring(space + 1));
        }
        Table plain = builder.build();
        List<Index> onAt = java.util.Arrays.stream(indexes).map(AttachedIndexNamesTest::onAt).toList();
        return new Table(plain.name(), false, plain.columns(), List.of(), onAt, null, "RANGE (id)", null);
    }

    private static Index onAt(String name) {
        return new Index(name, qn(PARENT), false, "btree", List.of("at"), null,
                "CREATE INDEX " + name + " ON ONLY public.events USING btree (at)", null);
    }

    private static Table partition(String name, AttachedIndex... attached) {
        Table columns = table(name).col("id", "integer").build();
        return new Table(qn(name), false, columns.columns(), List.of(), List.of(), null, null,
                new PartitionOf(qn(PARENT), "FOR VALUES FROM (MINVALUE) TO (100)"), List.of(attached));
    }

    private static AttachedIndex attached(String name, String parentIndex) {
        return new AttachedIndex(name, qn("public." + parentIndex), null);
    }
}
