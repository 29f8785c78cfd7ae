package dev.converge.diff;

import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.qn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.change.AlterColumn;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.change.DropColumn;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.Dependency;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;

/**
 * Which changes an unmanaged dependent blocks, without a database (UnmanagedDependentsCliTest runs the cases on
 * PostgreSQL): a dropped or retyped column it reads does, a column it does not read does not.
 */
class UnmanagedDependentsTest {

    private static final ObjectRef OUTSIDE_VIEW = ObjectRef.of(ObjectKind.VIEW, qn("Rep orts.v"));
    private static final List<Dependency> READS_EXTRA = List.of(new Dependency(OUTSIDE_VIEW,
            ObjectRef.member(ObjectKind.COLUMN, qn("app.orders"), "extra")));

    @Test
    void aDroppedColumnThatAnUnmanagedViewReadsIsRefusedNamingBoth() {
        ChangeSet changes = new ChangeSet(List.of(new DropColumn(qn("app.orders"), col("extra", "text").build())));
        assertThatThrownBy(() -> UnmanagedDependents.refuse(changes, READS_EXTRA, Set.of("app")))
                .isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("view \"Rep orts\".v (schema \"Rep orts\" is not managed) depends on column "
                        + "app.orders.extra, which the plan drops")
                .hasMessageContaining("nothing was changed");
    }

    @Test
    void aRetypedColumnIsRefusedAndAColumnNobodyOutsideReadsIsNot() {
        ChangeSet retype = new ChangeSet(List.of(new AlterColumn(qn("app.orders"), col("extra", "text").build(),
                col("extra", "varchar(10)").build(), EnumSet.of(ColumnAspect.TYPE), null)));
        assertThatThrownBy(() -> UnmanagedDependents.refuse(retype, READS_EXTRA, Set.of("app")))
                .hasMessageContaining("whose type the plan changes (text -> varchar(10))");
        ChangeSet other = new ChangeSet(List.of(new DropColumn(qn("app.orders"), col("note", "text").build())));
        assertThatCode(() -> UnmanagedDependents.refuse(other, READS_EXTRA, Set.of("app")))
                .doesNotThrowAnyException();
    }

    @Test
    void aLongListOfBlockersIsCutAndCounted() {
        List<Dependency> many = java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> new Dependency(ObjectRef.of(ObjectKind.VIEW, qn("rep.v" + (100 + i))),
                        ObjectRef.member(ObjectKind.COLUMN, qn("app.orders"), "extra")))
                .toList();
        ChangeSet changes = new ChangeSet(List.of(new DropColumn(qn("app.orders"), col("extra", "text").build())));
        assertThatThrownBy(() -> UnmanagedDependents.refuse(changes, many, Set.of("app")))
                .hasMessageContaining("view rep.v119 ").hasMessageNotContaining("view rep.v120 ")
                .hasMessageContaining("  - and 5 more");
    }

    @Test
    void theFilterKeepsTheEdgesOfExcludedDependentsButNotOfIndexesOrSequences() {
        ObjectRef column = ObjectRef.member(ObjectKind.COLUMN, qn("app.orders"), "extra");
        Catalog catalog = Catalog.builder().dependencies(List.of(
                new Dependency(ObjectRef.of(ObjectKind.VIEW, qn("app.legacy_v")), column),
                new Dependency(ObjectRef.of(ObjectKind.INDEX, qn("app.legacy_idx")), column),
                new Dependency(ObjectRef.of(ObjectKind.VIEW, qn("app.kept")), column))).build();
        ObjectFilter filter = new ObjectFilter(List.of(), List.of("app.legacy_*"));
        assertThat(filter.excludedDependents(catalog)).extracting(d -> d.dependent().name().name())
                .containsExactly("legacy_v");
    }
}
