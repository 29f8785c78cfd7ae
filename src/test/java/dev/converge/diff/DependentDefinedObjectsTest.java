package dev.converge.diff;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.function;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.converge.change.AddConstraint;
import dev.converge.change.Change;
import dev.converge.change.CommentObject;
import dev.converge.change.CreateObject;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropFunction;
import dev.converge.change.DropObject;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.ConstraintKind;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;

/**
 * Objects managed by their definition over a function that is dropped and created again (an operator, the class
 * over it, an aggregate, a range type), and the table parts that use them (DependentDefinedObjects,
 * DisturbedTableParts, DefinedObjectDiffer).
 */
class DependentDefinedObjectsTest {

    /** A SQL-standard body that reads public.w.n: a retype of n takes the function along (DependentObjects). */
    private static final Routine NEAR = function("public.near", "integer, integer", "boolean",
            "SELECT abs($1 - $2) < (SELECT max(n) FROM public.w)");
    private static final ObjectRef COLUMN_N = ObjectRef.member(ObjectKind.COLUMN, qn("public.w"), "n");
    private static final DefinedObject OPERATOR = object(DefinedKind.OPERATOR, "<~>", "integer, integer",
            "CREATE OPERATOR public.<~> (FUNCTION = public.near, LEFTARG = integer, RIGHTARG = integer)");
    private static final DefinedObject CLASS = object(DefinedKind.OPERATOR_CLASS, "near_ops", "btree",
            "CREATE OPERATOR CLASS public.near_ops FOR TYPE integer USING btree AS OPERATOR 3 public.<~>");

    @Test
    void anOperatorAndTheClassOverItFollowAFunctionFoundInTheWayOfARetype() {
        List<Change> changes = Differ.diff(retyping(n -> n, OPERATOR, CLASS),
                retyping(n -> "bigint", OPERATOR, withComment(CLASS, "near"))).changes();
        assertThat(changes).filteredOn(DropObject.class::isInstance)
                .extracting(c -> ((DropObject) c).object().ref())
                .containsExactlyInAnyOrder(OPERATOR.ref(), CLASS.ref());
        assertThat(changes).filteredOn(CreateObject.class::isInstance)
                .extracting(c -> ((CreateObject) c).object().ref())
                .containsExactlyInAnyOrder(OPERATOR.ref(), CLASS.ref());
        // the comment comes with the class's creation, not as a change of its own
        assertThat(changes).noneMatch(CommentObject.class::isInstance);
        assertThat(changes).filteredOn(DropFunction.class::isInstance).hasSize(1);
    }

    @Test
    void anObjectWhoseDropIsAlreadyPlannedIsLeftAsPlanned() {
        DefinedObject changed = object(DefinedKind.OPERATOR, "<~>", "integer, integer",
                "CREATE OPERATOR public.<~> (FUNCTION = public.near, LEFTARG = integer, RIGHTARG = integer, HASHES)");
        List<Change> changes = Differ.diff(retyping(n -> n, OPERATOR), retyping(n -> "bigint", changed)).changes();
        assertThat(changes).filteredOn(DropObject.class::isInstance).hasSize(1);
        assertThat(changes).filteredOn(CreateObject.class::isInstance)
                .extracting(c -> ((CreateObject) c).object()).containsExactly(changed);
    }

    @Test
    void aCheckUsingARecreatedOperatorIsDroppedAndAddedAgain() {
        String check = "CHECK ((x OPERATOR(public.<~>) 0))";
        ObjectRef constraint = ObjectRef.member(ObjectKind.CONSTRAINT, qn("public.t"), "near_zero");
        Catalog current = retyping(n -> n, constraint, check, ConstraintKind.CHECK);
        Catalog desired = retyping(n -> "bigint", constraint, check, ConstraintKind.CHECK);
        List<Change> changes = Differ.diff(current, desired).changes();
        assertDroppedAndAddedAgain(changes, "near_zero");
    }

    @Test
    void anExclusionConstraintWhoseIndexUsesARecreatedClassIsDroppedAndAddedAgain() {
        // PostgreSQL records the class against the constraint's index, not the constraint
        String exclusion = "EXCLUDE USING btree (x public.near_ops WITH OPERATOR(public.<~>))";
        ObjectRef index = ObjectRef.of(ObjectKind.INDEX, qn("public.one_near"));
        Catalog current = retyping(n -> n, index, exclusion, ConstraintKind.EXCLUSION);
        Catalog desired = retyping(n -> "bigint", index, exclusion, ConstraintKind.EXCLUSION);
        List<Change> changes = Differ.diff(current, desired).changes();
        assertDroppedAndAddedAgain(changes, "one_near");
        // the class's drop waits for the constraint's index
        assertThat(changes).filteredOn(c -> c instanceof DropObject d && d.object().ref().equals(CLASS.ref()))
                .singleElement().satisfies(c -> assertThat(((DropObject) c).usedBy()).contains(index));
    }

    @Test
    void aRangeTypeOverARecreatedFunctionIsRefusedWhileAKeptColumnHasThatType() {
        DefinedObject span = object(DefinedKind.RANGE_TYPE, "span", null,
                "CREATE TYPE public.span AS RANGE (subtype = integer, subtype_diff = public.diff)");
        Routine diff = function("public.diff", "integer, integer", "double precision",
                "SELECT ($1 - $2 + 0 * (SELECT max(n) FROM public.w))::float8");
        ObjectRef during = ObjectRef.member(ObjectKind.COLUMN, qn("public.t"), "during");
        Catalog current = withObjects(catalog().table(table("public.w").col("n", "integer"))
                .table(table("public.t").col("during", "public.span")).function(diff)
                .dependency(diff.ref(), COLUMN_N).dependency(span.ref(), diff.ref()).dependency(during, span.ref())
                .build(), span);
        Catalog desired = withObjects(catalog().table(table("public.w").col("n", "bigint"))
                .table(table("public.t").col("during", "public.span")).function(diff)
                .dependency(diff.ref(), COLUMN_N).dependency(span.ref(), diff.ref()).dependency(during, span.ref())
                .build(), span);
        assertThatThrownBy(() -> Differ.diff(current, desired))
                .isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("range type public.span: must be dropped and created again")
                .hasMessageContaining("public.t.during");
    }

    @Test
    void aFunctionDropWaitsForWhatUsesIt() {
        ObjectRef index = ObjectRef.of(ObjectKind.INDEX, qn("public.t_label"));
        Catalog current = catalog().table(table("public.w").col("n", "integer")).function(NEAR)
                .dependency(NEAR.ref(), COLUMN_N).dependency(index, NEAR.ref()).build();
        Catalog desired = catalog().table(table("public.w").col("n", "bigint")).function(NEAR)
                .dependency(NEAR.ref(), COLUMN_N).build();
        assertThat(Differ.diff(current, desired).changes()).anySatisfy(c -> assertThat(c)
                .isInstanceOfSatisfying(DropFunction.class, d -> assertThat(d.usedBy()).containsExactly(index)));
    }

    /** The constraint {@code name} is among the drops and among the adds. */
    private static void assertDroppedAndAddedAgain(List<Change> changes, String name) {
        assertThat(changes).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(DropConstraint.class,
                        d -> assertThat(d.constraint().name()).isEqualTo(name)))
                .anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(AddConstraint.class,
                        a -> assertThat(a.constraint().name()).isEqualTo(name)));
    }

    /**
     * public.w.n of type {@code type.apply("integer")}, the function that reads it, the operator over the function
     * and the class over the operator, and a table public.t with a constraint {@code definition} whose catalog
     * entry {@code part} (the constraint, or its index) uses the operator and the class.
     */
    private static Catalog retyping(UnaryOperator<String> type, ObjectRef part, String definition,
                                    ConstraintKind kind) {
        String name = part.kind() == ObjectKind.INDEX ? part.name().name() : part.member();
        Catalog catalog = base(type).table(table("public.t").col("x", "integer")
                        .constraint(name, kind, List.of("x"), definition))
                .dependency(OPERATOR.ref(), NEAR.ref()).dependency(CLASS.ref(), OPERATOR.ref())
                .dependency(part, OPERATOR.ref()).dependency(part, CLASS.ref()).build();
        return withObjects(catalog, OPERATOR, CLASS);
    }

    /** public.w.n, the function that reads it, and {@code objects}, each over the one before (the first over it). */
    private static Catalog retyping(UnaryOperator<String> type, DefinedObject... objects) {
        Build.CatalogBuilder catalog = base(type);
        ObjectRef under = NEAR.ref();
        for (DefinedObject object : objects) {
            catalog.dependency(object.ref(), under);
            under = object.ref();
        }
        return withObjects(catalog.build(), objects);
    }

    private static Build.CatalogBuilder base(UnaryOperator<String> type) {
        return catalog().table(table("public.w").col("n", type.apply("integer"))).function(NEAR)
                .dependency(NEAR.ref(), COLUMN_N);
    }

    private static Catalog withObjects(Catalog catalog, DefinedObject... objects) {
        return catalog.toBuilder().definedObjects(List.of(objects)).build();
    }

    private static DefinedObject object(DefinedKind kind, String name, String member, String definition) {
        return new DefinedObject(kind, qn("public." + name), member, "public." + name, List.of(definition), null);
    }

    private static DefinedObject withComment(DefinedObject o, String comment) {
        return new DefinedObject(o.kind(), o.name(), o.member(), o.target(), o.definition(), comment);
    }
}
