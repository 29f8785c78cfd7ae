package dev.converge.plan;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.function;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.diff.Build.CatalogBuilder;
import dev.converge.diff.Differ;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;
import dev.converge.model.SqlText;
import dev.converge.model.Trigger;

/**
 * Triggers that name a column (UPDATE OF, WHEN) the plan retypes or drops: PostgreSQL refuses both while the
 * trigger exists ("cannot alter type of a column used in a trigger definition"), so the trigger is dropped before
 * the column's change and, when the desired state keeps it, created again after it. (current, desired) -> SQL.
 */
class TriggerColumnsPlanTest {

    private static final Routine TF = function("public.tf", "", "trigger", "BEGIN RETURN NEW; END");

    static Stream<Arguments> retypedColumnUnderTrigger() {
        return Stream.of(
                Arguments.of("public.t", "t_when_old", "BEFORE UPDATE", "(OLD.a IS DISTINCT FROM NEW.a)"),
                Arguments.of("public.t", "t_when_new", "BEFORE INSERT", "(NEW.a > 0)"),
                Arguments.of("public.t", "t_update_of", "AFTER UPDATE OF a", null),
                Arguments.of("Sales Data.Order Lines", "Price Watch", "AFTER UPDATE OF a", null),
                Arguments.of("Sales Data.Order Lines", "When Changed", "BEFORE UPDATE",
                        "(OLD.a IS DISTINCT FROM NEW.a)"));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource
    void retypedColumnUnderTrigger(String table, String name, String events, String when) {
        Trigger trigger = trigger(table, name, events, when, List.of("a"));
        CatalogBuilder current = base().table(table(table).col("a", "integer").col("b", "text")).trigger(trigger);
        CatalogBuilder desired = base().table(table(table).col("a", "bigint").col("b", "text")).trigger(trigger);
        String drop = "DROP TRIGGER " + SqlText.identifier(name) + " ON " + SqlText.qualified(qn(table));
        assertThat(sql(current, desired)).containsExactly(drop,
                "ALTER TABLE " + SqlText.qualified(qn(table)) + " ALTER COLUMN a TYPE bigint USING a::bigint",
                trigger.definition());
    }

    @Test
    void triggerOnOtherColumnsStaysWhenAColumnIsRetyped() {
        Trigger onB = trigger("public.t", "t_b", "BEFORE UPDATE", "(OLD.b IS DISTINCT FROM NEW.b)", List.of("b"));
        Trigger wholeRow = trigger("public.t", "t_row", "BEFORE UPDATE", "(OLD.* IS DISTINCT FROM NEW.*)",
                List.of());
        CatalogBuilder current = base().table(table("public.t").col("a", "integer").col("b", "text"))
                .trigger(onB).trigger(wholeRow);
        CatalogBuilder desired = base().table(table("public.t").col("a", "bigint").col("b", "text"))
                .trigger(onB).trigger(wholeRow);
        assertThat(sql(current, desired))
                .containsExactly("ALTER TABLE public.t ALTER COLUMN a TYPE bigint USING a::bigint");
    }

    @Test
    void triggerNamingADroppedColumnGoesBeforeIt() {
        Trigger onA = trigger("public.t", "t_a", "AFTER UPDATE OF a", null, List.of("a"));
        CatalogBuilder current = base().table(table("public.t").col("a", "integer").col("b", "text")).trigger(onA);
        CatalogBuilder desired = base().table(table("public.t").col("b", "text"));
        assertThat(sql(current, desired)).containsExactly("DROP TRIGGER t_a ON public.t",
                "ALTER TABLE public.t DROP COLUMN a");
    }

    @Test
    void triggerKeptOnOtherTermsIsCreatedAfterTheColumnDrop() {
        Trigger onA = trigger("public.t", "t_watch", "BEFORE UPDATE", "(OLD.a IS DISTINCT FROM NEW.a)",
                List.of("a"));
        Trigger onB = trigger("public.t", "t_watch", "BEFORE UPDATE", "(OLD.b IS DISTINCT FROM NEW.b)",
                List.of("b"));
        CatalogBuilder current = base().table(table("public.t").col("a", "integer").col("b", "text")).trigger(onA);
        CatalogBuilder desired = base().table(table("public.t").col("b", "text")).trigger(onB);
        assertThat(sql(current, desired)).containsExactly("DROP TRIGGER t_watch ON public.t",
                "ALTER TABLE public.t DROP COLUMN a", onB.definition());
    }

    @Test
    void unchangedTriggerStaysWhenADroppedColumnIsNotItsOwn() {
        Trigger onB = trigger("public.t", "t_b", "AFTER UPDATE OF b", null, List.of("b"));
        CatalogBuilder current = base().table(table("public.t").col("a", "integer").col("b", "text")).trigger(onB);
        CatalogBuilder desired = base().table(table("public.t").col("b", "text")).trigger(onB);
        assertThat(sql(current, desired)).containsExactly("ALTER TABLE public.t DROP COLUMN a");
    }

    @Test
    void columnsAreSortedAndDistinctWhateverTheCatalogOrder() {
        Trigger listed = trigger("public.t", "t_ab", "AFTER UPDATE OF b, a", "(NEW.a > 0)", List.of("b", "a", "a"));
        assertThat(listed.columns()).containsExactly("a", "b");
    }

    private static Trigger trigger(String table, String name, String events, String when, List<String> columns) {
        QualifiedName t = qn(table);
        String definition = "CREATE TRIGGER " + SqlText.identifier(name) + " " + events + " ON "
                + SqlText.qualified(t) + " FOR EACH ROW " + (when == null ? "" : "WHEN " + when + " ")
                + "EXECUTE FUNCTION public.tf()";
        return new Trigger(t, name, TF.name(), columns, false, 'O', definition, null);
    }

    private static CatalogBuilder base() {
        return catalog().schema("public", "Sales Data").function(TF);
    }

    private static List<String> sql(CatalogBuilder current, CatalogBuilder desired) {
        List<String> plain = Planner.plan(Differ.diff(current.build(), desired.build())).statements().stream()
                .map(Statement::sql).toList();
        List<String> reversed = Planner.plan(Differ.diff(current.buildReversed(), desired.buildReversed()))
                .statements().stream().map(Statement::sql).toList();
        assertThat(reversed).as("same plan whatever the input order").isEqualTo(plain);
        return plain;
    }
}
