package dev.converge.diff;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.change.Change;
import dev.converge.change.Rename;
import dev.converge.model.Catalog;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.RenameHint;
import dev.converge.model.RenameHint.Target;
import dev.converge.model.View;

/**
 * A view reading a renamed column is compared as PostgreSQL prints it after the rename (the prints below are
 * PostgreSQL 15's, before and after {@code ALTER TABLE ... RENAME COLUMN}): written so in the desired state, it does
 * not change.
 */
class ViewPrintsFollowTest {

    private static final String T = "Shop.items";

    static Stream<Arguments> prints() {
        return Stream.of(
            // a bare target entry keeps the view's column name
            row("qty|quantity| SELECT items.id,\n    items.qty\n   FROM \"Shop\".items;"
                    + "| SELECT items.id,\n    items.quantity AS qty\n   FROM \"Shop\".items;"),
            // an alias, an expression, a string literal and WHERE
            row("qty|quantity| SELECT i.id,\n    i.qty,\n    (i.qty + 1) AS next,\n    'qty'::text AS lit\n"
                    + "   FROM \"Shop\".items i\n  WHERE (i.qty > 0);"
                    + "| SELECT i.id,\n    i.quantity AS qty,\n    (i.quantity + 1) AS next,\n    'qty'::text AS lit\n"
                    + "   FROM \"Shop\".items i\n  WHERE (i.quantity > 0);"),
            // quoted names, GROUP BY, an aggregate
            row("Unit Price|Price Each| SELECT sum(i.qty) AS total,\n    i.\"Unit Price\"\n"
                    + "   FROM \"Shop\".items i\n"
                    + "  GROUP BY i.\"Unit Price\";"
                    + "| SELECT sum(i.qty) AS total,\n    i.\"Price Each\" AS \"Unit Price\"\n"
                    + "   FROM \"Shop\".items i\n"
                    + "  GROUP BY i.\"Price Each\";"),
            // another relation's column of the same name stays
            row("qty|quantity| SELECT i.qty AS mine,\n    o.qty AS theirs\n   FROM (\"Shop\".items i\n"
                    + "     JOIN \"Shop\".other o ON ((o.id = i.id)));"
                    + "| SELECT i.quantity AS mine,\n    o.qty AS theirs\n   FROM (\"Shop\".items i\n"
                    + "     JOIN \"Shop\".other o ON ((o.id = i.id)));"),
            // string literals and comments that spell the reference, or the table with an alias, are text
            row("qty|quantity| SELECT i.id,\n    i.qty,\n    'i.qty'::text AS lit,\n"
                    + "    'x \"Shop\".items o.qty'::text AS lit2\n   FROM \"Shop\".items i;"
                    + "| SELECT i.id,\n    i.quantity AS qty,\n    'i.qty'::text AS lit,\n"
                    + "    'x \"Shop\".items o.qty'::text AS lit2\n   FROM \"Shop\".items i;")
        );
    }

    /** One case: {@code from|to|print before|print after}. */
    private static Arguments row(String line) {
        String[] parts = line.split("\\|", -1);
        return Arguments.of(parts[0], parts[1], parts[2], parts[3]);
    }

    @ParameterizedTest
    @MethodSource("prints")
    void reprintsAsPostgresDoes(String from, String to, String before, String after) {
        Catalog current = withView(from, before);

        Catalog renamed = ViewPrintsFollow.apply(current, qn(T), from, to);

        assertThat(renamed.views().get(0).definition()).isEqualTo(after);
        assertThat(renamed.dependencies()).extracting(d -> d.referenced().member()).containsExactly(to);
    }

    @Test
    void aRenamedTableIsNamedByItsNewNameAndQualifiesItsColumnsWhereUnaliased() {
        Catalog current = withView("qty", " SELECT items.id,\n    i.qty\n   FROM (\"Shop\".items\n"
                + "     JOIN \"Shop\".items i ON ((i.id = items.id)));");

        Catalog renamed = ViewPrintsFollow.applyTable(current, qn(T), qn("Shop.Stock Items"));

        assertThat(renamed.views().get(0).definition()).isEqualTo(" SELECT \"Stock Items\".id,\n    i.qty\n"
                + "   FROM (\"Shop\".\"Stock Items\"\n     JOIN \"Shop\".\"Stock Items\" i"
                + " ON ((i.id = \"Stock Items\".id)));");
        assertThat(renamed.dependencies()).extracting(d -> d.referenced().name())
                .containsExactly(qn("Shop.Stock Items"));
    }

    @Test
    void aRenamedTablesNameInAStringLiteralStays() {
        Catalog current = withView("qty", " SELECT items.id,\n    '\"Shop\".items items.id'::text AS note\n"
                + "   FROM \"Shop\".items;");

        Catalog renamed = ViewPrintsFollow.applyTable(current, qn(T), qn("Shop.stock"));

        assertThat(renamed.views().get(0).definition()).isEqualTo(" SELECT stock.id,\n"
                + "    '\"Shop\".items items.id'::text AS note\n   FROM \"Shop\".stock;");
    }

    @Test
    void aViewWrittenAsPrintedAfterTheRenameDoesNotChange() {
        Catalog current = withView("qty", " SELECT items.id,\n    items.qty\n   FROM \"Shop\".items;");
        Catalog desired = catalog().schema("Shop").table(table(T).col("id", "integer").col("quantity", "integer"))
                .build().toBuilder().views(List.of(view(" SELECT items.id,\n    items.quantity AS qty\n"
                        + "   FROM \"Shop\".items;"))).build();

        List<Change> changes = Differ.diff(current, desired,
                List.of(new RenameHint(Target.COLUMN, "Shop", "items", "quantity", "qty", "desired.sql:3")))
                .changes();

        assertThat(changes).hasSize(1).allMatch(c -> c instanceof Rename);
    }

    private static Catalog withView(String column, String definition) {
        return catalog().schema("Shop").table(table(T).col("id", "integer").col(column, "integer"))
                .dependency(ObjectRef.of(ObjectKind.VIEW, qn("Shop.v")),
                        ObjectRef.member(ObjectKind.COLUMN, qn(T), column))
                .build().toBuilder().views(List.of(view(definition))).build();
    }

    private static View view(String definition) {
        return new View(qn("Shop.v"), false, definition, List.of(new View.ViewColumn("id", "integer", null),
                new View.ViewColumn("qty", "integer", null)), List.of(), List.of(), null);
    }
}
