package dev.converge.plan;

import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.qn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.change.NameAttachedIndex;
import dev.converge.model.ColumnRef;

/** A partition index copy that a column type change makes anew is named after that change, not before. */
class AttachedIndexOrderTest {

    @Test
    void theCopyIsNamedAfterTheTypeChangeThatRebuildsItsParentIndex() {
        List<Change> changes = List.of(
                new NameAttachedIndex(qn("app.events_p1"), qn("app.events_at"), "local",
                        List.of(new ColumnRef(qn("app.events"), "at"))),
                new AlterColumn(qn("app.events"), col("at", "bigint").build(), col("at", "numeric(20,2)").build(),
                        EnumSet.of(ColumnAspect.TYPE)));

        List<String> sql = Planner.plan(new ChangeSet(changes)).statements().stream().map(Statement::sql).toList();

        assertThat(sql).hasSize(2);
        assertThat(sql.get(0)).startsWith("ALTER TABLE app.events ALTER COLUMN at TYPE numeric(20,2)");
        assertThat(sql.get(1)).startsWith("DO $converge$").contains("'app.events_at'::pg_catalog.regclass",
                "'local'");
    }

    @Test
    void theNamingWaitsForTheRetypedColumnsItIsGiven() {
        NameAttachedIndex naming = new NameAttachedIndex(qn("app.events_p1"), qn("app.events_at"), "local",
                List.of(new ColumnRef(qn("app.events"), "at")));

        ChangeFacts facts = ChangeFacts.of(naming, Mentions.of(List.of(naming)));

        assertThat(facts.requires()).contains(ObjectKey.column(qn("app.events"), "at"),
                ObjectKey.table(qn("app.events_p1")), ObjectKey.relation(qn("app.events_at")));
    }
}
