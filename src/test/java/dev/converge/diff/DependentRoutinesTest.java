package dev.converge.diff;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.function;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.change.AddConstraint;
import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CreateFunction;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropFunction;
import dev.converge.change.ReplaceFunction;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;

/**
 * SQL-standard functions (whose bodies PostgreSQL records dependencies for) in the way of a change, and what calls
 * them: re-created around it (DependentObjects, DependentRoutines, DisturbedTableParts), or refused.
 */
class DependentRoutinesTest {

    private static final Routine READS_N = function("public.sum_n", "", "bigint", "SELECT sum(n) FROM public.t");
    private static final ObjectRef COLUMN_N = ObjectRef.member(ObjectKind.COLUMN, qn("public.t"), "n");

    @Test
    void aFunctionThatReadsARetypedColumnIsDroppedAndCreatedAgain() {
        Catalog current = catalog().table(table("public.t").col("n", "integer")).function(READS_N)
                .dependency(READS_N.ref(), COLUMN_N).build();
        Catalog desired = catalog().table(table("public.t").col("n", "bigint")).function(READS_N)
                .dependency(READS_N.ref(), COLUMN_N).build();
        List<Change> changes = Differ.diff(current, desired).changes();
        assertThat(changes).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(DropFunction.class,
                        d -> assertThat(d.function().ref()).isEqualTo(READS_N.ref())))
                .anySatisfy(c -> assertThat(c).isInstanceOf(CreateFunction.class))
                .anySatisfy(c -> assertThat(c).isInstanceOf(AlterColumn.class));
    }

    @Test
    void aChangedBodyOverARetypedColumnIsNotReplacedInPlace() {
        Routine changed = function("public.sum_n", "", "bigint", "SELECT sum(n) + 1 FROM public.t");
        Catalog current = catalog().table(table("public.t").col("n", "integer")).function(READS_N)
                .dependency(READS_N.ref(), COLUMN_N).build();
        Catalog desired = catalog().table(table("public.t").col("n", "bigint")).function(changed)
                .dependency(changed.ref(), COLUMN_N).build();
        List<Change> changes = Differ.diff(current, desired).changes();
        assertThat(changes).noneMatch(c -> c instanceof ReplaceFunction)
                .anySatisfy(c -> assertThat(c).isInstanceOf(DropFunction.class))
                .anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(CreateFunction.class,
                        f -> assertThat(f.function()).isEqualTo(changed)));
    }

    @Test
    void aFunctionThatCallsARecreatedFunctionIsRecreatedToo() {
        Routine outer = function("public.outer_n", "", "bigint", "SELECT public.sum_n()");
        Catalog current = catalog().table(table("public.t").col("n", "integer")).function(READS_N).function(outer)
                .dependency(READS_N.ref(), COLUMN_N).dependency(outer.ref(), READS_N.ref()).build();
        Catalog desired = catalog().table(table("public.t").col("n", "bigint")).function(READS_N).function(outer)
                .dependency(READS_N.ref(), COLUMN_N).dependency(outer.ref(), READS_N.ref()).build();
        List<Change> changes = Differ.diff(current, desired).changes();
        assertThat(changes.stream().filter(c -> c instanceof DropFunction).count()).isEqualTo(2);
        assertThat(changes.stream().filter(c -> c instanceof CreateFunction).count()).isEqualTo(2);
    }

    @Test
    void aDefaultThatCallsARecreatedFunctionIsDroppedFirstAndSetAgainLast() {
        ObjectRef id = ObjectRef.member(ObjectKind.COLUMN, qn("public.u"), "id");
        Catalog current = catalog().table(table("public.t").col("n", "integer")).function(READS_N)
                .table(table("public.u").col(col("id", "bigint").defaultExpr("public.sum_n()")))
                .dependency(READS_N.ref(), COLUMN_N).dependency(id, READS_N.ref()).build();
        Catalog desired = catalog().table(table("public.t").col("n", "bigint")).function(READS_N)
                .table(table("public.u").col(col("id", "bigint").defaultExpr("public.sum_n()")))
                .dependency(READS_N.ref(), COLUMN_N).dependency(id, READS_N.ref()).build();
        List<AlterColumn> alters = Differ.diff(current, desired).changes().stream()
                .filter(c -> c instanceof AlterColumn a && a.table().equals(qn("public.u")))
                .map(AlterColumn.class::cast).toList();
        assertThat(alters).hasSize(2).allMatch(a -> a.aspects().equals(java.util.Set.of(ColumnAspect.DEFAULT)));
        assertThat(alters).anyMatch(a -> a.current().defaultExpression() != null
                && a.desired().defaultExpression() == null);
        assertThat(alters).anyMatch(a -> a.current().defaultExpression() == null
                && "public.sum_n()".equals(a.desired().defaultExpression()));
    }

    @Test
    void aCheckThatCallsARecreatedFunctionIsDroppedAndAddedAgain() {
        ObjectRef check = ObjectRef.member(ObjectKind.CONSTRAINT, qn("public.u"), "u_small");
        Catalog current = catalog().table(table("public.t").col("n", "integer")).function(READS_N)
                .table(table("public.u").col("k", "bigint").check("u_small", "k", "k < public.sum_n()"))
                .dependency(READS_N.ref(), COLUMN_N).dependency(check, READS_N.ref()).build();
        Catalog desired = catalog().table(table("public.t").col("n", "bigint")).function(READS_N)
                .table(table("public.u").col("k", "bigint").check("u_small", "k", "k < public.sum_n()"))
                .dependency(READS_N.ref(), COLUMN_N).dependency(check, READS_N.ref()).build();
        List<Change> changes = Differ.diff(current, desired).changes();
        assertThat(changes).anySatisfy(c -> assertThat(c).isInstanceOf(DropConstraint.class))
                .anySatisfy(c -> assertThat(c).isInstanceOf(AddConstraint.class));
    }

    @Test
    void aGeneratedColumnThatCallsARecreatedFunctionIsRefusedNamingIt() {
        ObjectRef doubled = ObjectRef.member(ObjectKind.COLUMN, qn("public.u"), "doubled");
        Catalog current = catalog().table(table("public.t").col("n", "integer")).function(READS_N)
                .table(table("public.u").col(col("doubled", "bigint").generated("(public.sum_n() * 2)")))
                .dependency(READS_N.ref(), COLUMN_N).dependency(doubled, READS_N.ref()).build();
        Catalog desired = catalog().table(table("public.t").col("n", "bigint")).function(READS_N)
                .table(table("public.u").col(col("doubled", "bigint").generated("(public.sum_n() * 2)")))
                .dependency(READS_N.ref(), COLUMN_N).dependency(doubled, READS_N.ref()).build();
        assertThatThrownBy(() -> Differ.diff(current, desired))
                .isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("generated column public.u.doubled")
                .hasMessageContaining("function public.sum_n()");
    }
}
