package dev.converge.diff;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.change.Change;
import dev.converge.change.Rename;
import dev.converge.model.Catalog;
import dev.converge.model.Policy;
import dev.converge.model.RenameHint;
import dev.converge.model.RenameHint.Target;
import dev.converge.model.Trigger;

/**
 * A renamed column keeps what names it (ALTER TABLE RENAME COLUMN keeps it all): the diff is the rename alone, and a
 * check PostgreSQL named after the column is renamed with it when the desired state names it after the new one.
 */
class ColumnRenameCarriesPartsTest {

    private static final String T = "s.items";

    private static Catalog items(String qty, String price, String checkName) {
        String q = qty;
        String p = "\"" + price + "\"";
        Trigger touch = new Trigger(qn(T), "touch", qn("s.touch"), List.of(q), false, 'O',
                "CREATE TRIGGER touch BEFORE UPDATE OF " + q + " ON s.items FOR EACH ROW WHEN ((old." + q
                        + " IS DISTINCT FROM new." + q + ")) EXECUTE FUNCTION s.touch()", null);
        Trigger priced = new Trigger(qn(T), "priced", qn("s.touch"), List.of(price), false, 'O',
                "CREATE TRIGGER priced AFTER UPDATE OF " + p + " ON s.items FOR EACH ROW WHEN ((new." + p
                        + " > (100)::numeric)) EXECUTE FUNCTION s.touch()", null);
        Policy own = new Policy(qn(T), "own", "ALL", true, List.of("PUBLIC"), "((owner = CURRENT_USER) AND (" + q
                + " > 0))", "(" + q + " < 1000)", List.of(q, "owner"), null);
        return catalog().schema("s")
                .table(table(T).col("id", "integer").col(q, "integer").col(price, "numeric").col("owner", "text")
                        .col(col("total", "numeric").generated("(((" + q + ")::numeric * " + p + "))"))
                        .check(checkName, q, q + " >= 0"))
                .trigger(touch).trigger(priced)
                .build().toBuilder().policies(List.of(own)).build();
    }

    @Test
    void generatedColumnTriggersPoliciesAndTheCheckFollow() {
        Catalog current = items("qty", "Unit Price", "items_qty_check");
        Catalog desired = items("quantity", "Price Each", "items_quantity_check");
        List<RenameHint> hints = List.of(
                new RenameHint(Target.COLUMN, "s", "items", "quantity", "qty", "desired.sql:3"),
                new RenameHint(Target.COLUMN, "s", "items", "Price Each", "Unit Price", "desired.sql:4"));

        List<Change> changes = Differ.diff(current, desired, hints).changes();

        assertThat(changes).allMatch(c -> c instanceof Rename);
        assertThat(changes).extracting(c -> ((Rename) c).target() + " " + ((Rename) c).from() + " " + ((Rename) c).to())
                .containsExactlyInAnyOrder("COLUMN qty quantity", "COLUMN Unit Price Price Each",
                        "CONSTRAINT items_qty_check items_quantity_check");
    }

    @Test
    void equalChecksAreEachRenamedToTheNameTheRenameGivesThem() {
        Catalog current = catalog().schema("s").table(table(T).col("id", "integer").col("qty", "integer")
                .check("items_qty_check", "qty", "qty >= 0").check("items_qty_check1", "qty", "qty >= 0")).build();
        Catalog desired = catalog().schema("s").table(table(T).col("id", "integer").col("quantity", "integer")
                .check("items_quantity_check", "quantity", "quantity >= 0")
                .check("items_quantity_check1", "quantity", "quantity >= 0")).build();

        List<Change> changes = Differ.diff(current, desired,
                List.of(new RenameHint(Target.COLUMN, "s", "items", "quantity", "qty", "desired.sql:3"))).changes();

        assertThat(changes).allMatch(c -> c instanceof Rename);
        assertThat(changes).extracting(c -> ((Rename) c).target() + " " + ((Rename) c).from() + " " + ((Rename) c).to())
                .containsExactlyInAnyOrder("COLUMN qty quantity",
                        "CONSTRAINT items_qty_check items_quantity_check",
                        "CONSTRAINT items_qty_check1 items_quantity_check1");
    }

    @Test
    void equalChecksOfARenamedTableFollowItsName() {
        Catalog current = catalog().schema("s").table(table("s.orders").col("id", "integer")
                .check("orders_id_check", "id", "id > 0").check("orders_id_check1", "id", "id > 0")).build();
        Catalog desired = catalog().schema("s").table(table("s.purchases").col("id", "integer")
                .check("purchases_id_check", "id", "id > 0").check("purchases_id_check1", "id", "id > 0")).build();

        List<Change> changes = Differ.diff(current, desired,
                List.of(new RenameHint(Target.TABLE, "s", "purchases", null, "orders", "desired.sql:1"))).changes();

        assertThat(changes).allMatch(c -> c instanceof Rename);
        assertThat(changes).extracting(c -> ((Rename) c).target() + " " + ((Rename) c).from() + " " + ((Rename) c).to())
                .containsExactlyInAnyOrder("TABLE null purchases",
                        "CONSTRAINT orders_id_check purchases_id_check",
                        "CONSTRAINT orders_id_check1 purchases_id_check1");
    }

    @Test
    void aCheckKeptUnderItsOldNameIsNotRenamed() {
        Catalog current = items("qty", "Unit Price", "items_qty_check");
        Catalog desired = items("quantity", "Unit Price", "items_qty_check");

        List<Change> changes = Differ.diff(current, desired,
                List.of(new RenameHint(Target.COLUMN, "s", "items", "quantity", "qty", "desired.sql:3"))).changes();

        assertThat(changes).extracting(c -> ((Rename) c).target() + " " + ((Rename) c).to())
                .containsExactly("COLUMN quantity");
    }

    @Test
    void aTriggerWhenNamesTheColumnOnlyAsOldOrNew() {
        Trigger t = new Trigger(qn(T), "tg", qn("s.f"), List.of("a"), false, 'O',
                "CREATE TRIGGER tg BEFORE UPDATE OF a, ab ON s.items FOR EACH ROW WHEN (((old.a)::text <> 'a'::text"
                        + " AND new.ab > 0)) EXECUTE FUNCTION s.f()", null);

        assertThat(ColumnPartsFollow.trigger(t, "a", "b").definition()).isEqualTo(
                "CREATE TRIGGER tg BEFORE UPDATE OF b, ab ON s.items FOR EACH ROW WHEN (((old.b)::text <> 'a'::text"
                        + " AND new.ab > 0)) EXECUTE FUNCTION s.f()");
    }
}
