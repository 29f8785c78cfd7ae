package dev.converge.diff;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.enumType;
import static dev.converge.diff.Build.ownedSequence;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.sequence;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.change.AddEnumValue;
import dev.converge.change.AlterColumn;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CreateTable;
import dev.converge.change.DropColumn;
import dev.converge.change.RebuildEnum;
import dev.converge.change.SetSequenceOwner;
import dev.converge.diff.Build.CatalogBuilder;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.ColumnRef;
import dev.converge.model.Identity.IdentityKind;

/** (current, desired) -> the kinds of change the differ produces, in its (unordered) output order. */
class DifferTest {

    private static final String T = "public.t";

    static Stream<Arguments> kinds() {
        return Stream.of(
                kinds("identical catalogs", withT(col("a", "text")), withT(col("a", "text"))),
                kinds("new table: table, its FK, its index and comments are separate",
                        catalog().schema("public").table(table("public.p").col("id", "integer").pk("p_pkey", "id")),
                        catalog().schema("public").table(table("public.p").col("id", "integer").pk("p_pkey", "id"))
                                .table(table(T).comment("c").col(col("p", "integer").comment("cc"))
                                        .fk("t_p_fk", "p", "public.p", "id").index("t_p_idx", "p")),
                        "CreateTable", "AddConstraint", "CreateIndex", "SetComment", "SetComment"),
                kinds("dropped table: its FK to another table is dropped explicitly",
                        catalog().schema("public").table(table("public.p").col("id", "integer").pk("p_pkey", "id"))
                                .table(table(T).col("p", "integer").fk("t_p_fk", "p", "public.p", "id")),
                        catalog().schema("public").table(table("public.p").col("id", "integer").pk("p_pkey", "id")),
                        "DropConstraint", "DropTable"),
                kinds("self-referencing FK goes with its table",
                        catalog().schema("public").table(table(T).col("id", "integer").col("parent", "integer")
                                .pk("t_pkey", "id").fk("t_parent_fk", "parent", T, "id")),
                        catalog().schema("public"),
                        "DropTable"),
                kinds("comment-only difference is a SetComment only",
                        withT(col("a", "text")), withT(col("a", "text").comment("x")), "SetComment"),
                kinds("column type, default and not null in one AlterColumn",
                        withT(col("a", "integer")), withT(col("a", "bigint").defaultExpr("0").notNull()),
                        "AlterColumn"),
                kinds("plain to generated recreates the column",
                        withT(col("a", "integer")), withT(col("a", "integer").generated("(1 + 1)")),
                        "DropColumn", "AddColumn"),
                kinds("generated to plain is altered in place",
                        withT(col("a", "integer").generated("(1 + 1)")), withT(col("a", "integer")),
                        "AlterColumn"),
                kinds("schemas and logged-ness",
                        catalog().schema("public", "old").table(table(T).unlogged().col("a", "text")),
                        catalog().schema("public", "new").table(table(T).col("a", "text")),
                        "CreateSchema", "DropSchema", "SetTableLogged"),
                kinds("sequence: new owned sequence is created then owned",
                        catalog().schema("public").table(table(T).col("id", "bigint")),
                        catalog().schema("public").table(table(T).col("id", "bigint"))
                                .sequence(ownedSequence("public.s", T, "id")),
                        "CreateSequence", "SetSequenceOwner"),
                kinds("sequence options and owner",
                        catalog().schema("public").table(table(T).col("id", "bigint")).sequence(sequence("public.s")),
                        catalog().schema("public").table(table(T).col("id", "bigint"))
                                .sequence(ownedSequence("public.s", T, "id").withComment("n")),
                        "SetSequenceOwner", "SetComment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void producesTheExpectedKinds(String name, CatalogBuilder current, CatalogBuilder desired, List<String> kinds) {
        ChangeSet changes = Differ.diff(current.build(), desired.build());
        assertThat(changes.changes()).extracting(c -> c.getClass().getSimpleName())
                .containsExactlyInAnyOrderElementsOf(kinds);
        assertThat(changes.isEmpty()).isEqualTo(kinds.isEmpty());
    }

    @Test
    void alterColumnNamesEveryAspect() {
        ChangeSet changes = Differ.diff(withT(col("a", "integer").defaultExpr("1")).build(),
                withT(col("a", "bigint").collate("\"C\"").notNull()).build());
        AlterColumn alter = (AlterColumn) changes.changes().get(0);
        assertThat(alter.aspects()).containsExactly(ColumnAspect.TYPE, ColumnAspect.COLLATION, ColumnAspect.DEFAULT,
                ColumnAspect.NOT_NULL);
    }

    @Test
    void identityChangeIsAnAspect() {
        ChangeSet changes = Differ.diff(withT(col("a", "integer").notNull()).build(),
                withT(col("a", "integer").identity(IdentityKind.ALWAYS, null)).build());
        assertThat(((AlterColumn) changes.changes().get(0)).aspects()).containsExactly(ColumnAspect.IDENTITY);
    }

    static Stream<Arguments> enumValues() {
        return Stream.of(
                Arguments.of(List.of("a", "c"), List.of("a", "b", "c"), List.of("b BEFORE c")),
                Arguments.of(List.of("a"), List.of("a", "b", "c"), List.of("b AFTER a", "c AFTER b")),
                Arguments.of(List.of("c"), List.of("x", "y", "c"), List.of("x BEFORE y", "y BEFORE c")),
                Arguments.of(List.of(), List.of("a", "b"), List.of("a", "b AFTER a")),
                Arguments.of(List.of("a", "b"), List.of("a", "b"), List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("enumValues")
    void enumValuesArePlacedNextToTheirNeighbour(List<String> have, List<String> want, List<String> expected) {
        ChangeSet changes = Differ.diff(
                catalog().enumType(enumType("public.mood", have.toArray(String[]::new))).build(),
                catalog().enumType(enumType("public.mood", want.toArray(String[]::new))).build());
        assertThat(changes.changes()).map(c -> (AddEnumValue) c).map(a -> a.label()
                + (a.before() != null ? " BEFORE " + a.before() : "")
                + (a.after() != null ? " AFTER " + a.after() : "")).containsExactlyElementsOf(expected);
    }

    @Test
    void removingAnEnumValueRebuildsTheTypeAndCarriesTheColumnsThatKeepIt() {
        ChangeSet changes = Differ.diff(
                catalog().enumType(enumType("public.mood", "happy", "sad"))
                        .table(table(T).col("m", "public.mood").col("ms", "public.mood[]").col("gone", "public.mood"))
                        .build(),
                catalog().enumType(enumType("public.mood", "happy"))
                        .table(table(T).col("m", "public.mood").col("ms", "public.mood[]")).build());
        RebuildEnum rebuild = changes.changes().stream().filter(RebuildEnum.class::isInstance)
                .map(RebuildEnum.class::cast).findFirst().orElseThrow();
        assertThat(rebuild.removedLabels()).containsExactly("sad");
        assertThat(rebuild.uses()).extracting(RebuildEnum.EnumUse::column).containsExactly("m", "ms");
        assertThat(changes.changes()).hasAtLeastOneElementOfType(DropColumn.class)
                .noneMatch(AddEnumValue.class::isInstance);
    }

    @Test
    void reorderingEnumValuesRebuildsTheType() {
        ChangeSet changes = Differ.diff(
                catalog().enumType(enumType("public.mood", "a", "b")).build(),
                catalog().enumType(enumType("public.mood", "b", "a", "c")).build());
        assertThat(changes.changes()).singleElement().isInstanceOf(RebuildEnum.class);
    }

    @Test
    void addedValuesAloneCannotRemoveOne() {
        assertThatThrownBy(() -> EnumDiffer.addedValues(enumType("public.mood", "a", "b"),
                enumType("public.mood", "a")))
                .isInstanceOf(UnsupportedChangeException.class)
                .hasMessageStartingWith("enum public.mood: removing or reordering values (b)");
    }

    @Test
    void ownerMovingFromADroppedColumnIsReleasedFirstThenSet() {
        ChangeSet changes = Differ.diff(
                catalog().table(table(T).col("old", "bigint").col("id", "bigint"))
                        .sequence(ownedSequence("public.s", T, "old")).build(),
                catalog().table(table(T).col("id", "bigint"))
                        .sequence(ownedSequence("public.s", T, "id")).build());
        ColumnRef old = new ColumnRef(qn(T), "old");
        ColumnRef id = new ColumnRef(qn(T), "id");
        assertThat(changes.changes()).contains(
                new SetSequenceOwner(qn("public.s"), old, null),
                new SetSequenceOwner(qn("public.s"), null, id));
    }

    @Test
    void ownerMovingBetweenSurvivingColumnsIsOneChange() {
        ChangeSet changes = Differ.diff(
                catalog().table(table(T).col("a", "bigint").col("b", "bigint"))
                        .sequence(ownedSequence("public.s", T, "a")).build(),
                catalog().table(table(T).col("a", "bigint").col("b", "bigint"))
                        .sequence(ownedSequence("public.s", T, "b")).build());
        assertThat(changes.changes()).containsExactly(new SetSequenceOwner(qn("public.s"),
                new ColumnRef(qn(T), "a"), new ColumnRef(qn(T), "b")));
    }

    @Test
    void newTableIsCreatedWithoutForeignKeysOrIndexes() {
        ChangeSet changes = Differ.diff(catalog().build(), catalog()
                .table(table(T).col("id", "integer").pk("t_pkey", "id").fk("t_fk", "id", T, "id")
                        .index("t_idx", "id")).build());
        CreateTable create = (CreateTable) changes.changes().get(0);
        assertThat(create.table().constraints()).extracting(c -> c.name()).containsExactly("t_pkey");
        assertThat(create.table().indexes()).isEmpty();
    }

    @Test
    void alterColumnRejectsAnEmptyAspectSet() {
        assertThatThrownBy(() -> new AlterColumn(qn(T), col("a", "text").build(), col("a", "text").build(),
                EnumSet.noneOf(ColumnAspect.class))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Arguments kinds(String name, CatalogBuilder current, CatalogBuilder desired, String... kinds) {
        return Arguments.of(name, current, desired, List.of(kinds));
    }

    private static CatalogBuilder withT(Build.ColumnBuilder column) {
        return catalog().schema("public").table(table(T).col(column));
    }
}
