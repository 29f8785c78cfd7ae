package dev.converge.diff;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.change.Change;
import dev.converge.change.CreateObject;
import dev.converge.change.DropObject;
import dev.converge.change.DropTable;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;

/** Objects managed by their definition: what a changed one takes with it, and what is refused. */
class DefinedObjectDifferTest {

    private static final DefinedObject SPAN = range("CREATE TYPE public.span AS RANGE (subtype = integer)");
    private static final DefinedObject SPAN_DIFF = range(
            "CREATE TYPE public.span AS RANGE (subtype = integer, subtype_diff = public.diff)");
    private static final ObjectRef COLUMN = ObjectRef.member(ObjectKind.COLUMN, qn("public.t"), "during");

    @Test
    void aChangedRangeTypeThatNothingUsesIsDroppedAndCreatedAgain() {
        List<Change> changes = Differ.diff(with(catalog().build(), SPAN), with(catalog().build(), SPAN_DIFF))
                .changes();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).isInstanceOf(DropObject.class);
        assertThat(changes.get(1)).isInstanceOf(CreateObject.class);
    }

    @Test
    void aChangedRangeTypeThatAKeptColumnUsesIsRefusedNamingTheColumn() {
        Catalog current = with(catalog().table(table("public.t").col("during", "public.span"))
                .dependency(COLUMN, SPAN.ref()).build(), SPAN);
        Catalog desired = with(catalog().table(table("public.t").col("during", "public.span"))
                .dependency(COLUMN, SPAN.ref()).build(), SPAN_DIFF);
        assertThatThrownBy(() -> Differ.diff(current, desired))
                .isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("range type public.span: must be dropped and created again")
                .hasMessageContaining("public.t.during");
    }

    @Test
    void aChangedRangeTypeWhoseColumnIsDroppedWithItsTableIsNotRefused() {
        Catalog current = with(catalog().table(table("public.t").col("during", "public.span"))
                .dependency(COLUMN, SPAN.ref()).build(), SPAN);
        List<Change> changes = Differ.diff(current, with(catalog().build(), SPAN_DIFF)).changes();
        assertThat(changes).hasAtLeastOneElementOfType(DropTable.class).hasAtLeastOneElementOfType(DropObject.class)
                .hasAtLeastOneElementOfType(CreateObject.class);
    }

    @Test
    void aKeptIndexThatUsesAChangedCollationIsBuiltAgainAroundIt() {
        DefinedObject collation = new DefinedObject(DefinedKind.COLLATION, qn("public.c"), null, "public.c",
                List.of("CREATE COLLATION public.c (provider = libc, locale = 'C')"), null);
        DefinedObject changed = new DefinedObject(DefinedKind.COLLATION, qn("public.c"), null, "public.c",
                List.of("CREATE COLLATION public.c (provider = libc, locale = 'POSIX')"), null);
        ObjectRef index = ObjectRef.of(ObjectKind.INDEX, qn("public.t_name"));
        Catalog current = with(catalog().table(table("public.t").col("name", "text").index("t_name", "name"))
                .dependency(index, collation.ref()).build(), collation);
        Catalog desired = with(catalog().table(table("public.t").col("name", "text").index("t_name", "name"))
                .dependency(index, changed.ref()).build(), changed);
        List<Change> changes = Differ.diff(current, desired).changes();
        assertThat(changes).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(dev.converge.change.DropIndex.class,
                        d -> assertThat(d.index().qualifiedName()).isEqualTo(qn("public.t_name"))))
                .anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(dev.converge.change.CreateIndex.class,
                        d -> assertThat(d.index().qualifiedName()).isEqualTo(qn("public.t_name"))))
                .hasAtLeastOneElementOfType(DropObject.class).hasAtLeastOneElementOfType(CreateObject.class);
        Catalog withoutTable = with(catalog().build(), changed);
        assertThat(Differ.diff(current, withoutTable).changes()).hasAtLeastOneElementOfType(DropTable.class);
    }

    @Test
    void aConfigurationWhoseDictionaryChangesComesBackWithIt() {
        DefinedObject dictionary = textSearch(DefinedKind.TEXT_SEARCH_DICTIONARY, "dict",
                "CREATE TEXT SEARCH DICTIONARY public.dict (TEMPLATE = pg_catalog.simple)");
        DefinedObject changedDictionary = textSearch(DefinedKind.TEXT_SEARCH_DICTIONARY, "dict",
                "CREATE TEXT SEARCH DICTIONARY public.dict (TEMPLATE = pg_catalog.simple, accept = 'false')");
        DefinedObject configuration = textSearch(DefinedKind.TEXT_SEARCH_CONFIGURATION, "cfg",
                "CREATE TEXT SEARCH CONFIGURATION public.cfg (PARSER = pg_catalog.\"default\")");
        Catalog current = with(catalog().dependency(configuration.ref(), dictionary.ref()).build(), dictionary,
                configuration);
        Catalog desired = with(catalog().dependency(configuration.ref(), changedDictionary.ref()).build(),
                changedDictionary, configuration);
        List<Change> changes = Differ.diff(current, desired).changes();
        assertThat(changes).filteredOn(DropObject.class::isInstance)
                .extracting(c -> ((DropObject) c).object().name().name()).containsExactlyInAnyOrder("dict", "cfg");
        assertThat(changes).filteredOn(CreateObject.class::isInstance)
                .extracting(c -> ((CreateObject) c).object().name().name()).containsExactlyInAnyOrder("dict", "cfg");
    }

    private static Catalog with(Catalog catalog, DefinedObject... objects) {
        return catalog.toBuilder().definedObjects(List.of(objects)).build();
    }

    private static DefinedObject range(String definition) {
        return new DefinedObject(DefinedKind.RANGE_TYPE, qn("public.span"), null, "public.span",
                List.of(definition), null);
    }

    private static DefinedObject textSearch(DefinedKind kind, String name, String definition) {
        return new DefinedObject(kind, qn("public." + name), null, "public." + name, List.of(definition), null);
    }
}
