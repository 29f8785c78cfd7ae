package dev.converge.plan;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.function;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.change.AlterColumn;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CreateObject;
import dev.converge.change.DropFunction;
import dev.converge.change.DropIndex;
import dev.converge.diff.Differ;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.Index;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;

/**
 * What a dropped function or object is used by without being named (a cast's function in an index, an operator
 * written {@code OPERATOR(schema.op)}) still orders the plan.
 */
class DroppedDependencyOrderTest {

    private static final Routine PAIR_TEXT = function("public.pair_text", "p public.pair", "text",
            "SELECT (p).x || ',' || (p).y");

    @Test
    void anOperatorWrittenInOperatorSyntaxIsMentionedWithEveryOverload() {
        DefinedObject ints = operator("integer, integer");
        DefinedObject texts = operator("text, text");
        Mentions mentions = Mentions.of(List.of(new CreateObject(ints, List.of()),
                new CreateObject(texts, List.of())));
        assertThat(mentions.types("CHECK ((x OPERATOR(public.<~>) 0))"))
                .containsExactlyInAnyOrder(ObjectKey.of(ints.ref()), ObjectKey.of(texts.ref()));
        assertThat(mentions.types("CHECK ((x OPERATOR(pg_catalog.<) 0))")).isEmpty();
    }

    @Test
    void aFunctionIsDroppedAfterAnIndexThatCallsItThroughACastInsideTheTransaction() {
        Index label = table("public.t").col("p", "public.pair").index("t_label", "p").build().indexes().get(0);
        ObjectRef index = ObjectRef.of(ObjectKind.INDEX, label.qualifiedName());
        List<Statement> plan = Planner.plan(new ChangeSet(List.of(
                new DropFunction(PAIR_TEXT, List.of(), List.of(index)), new DropIndex(label)))).statements();
        assertThat(plan).extracting(Statement::sql)
                .containsExactly("DROP INDEX public.t_label", "DROP FUNCTION public.pair_text(p public.pair)");
    }

    @Test
    void aFunctionIsDroppedAfterTheDefaultThatCallsItThroughACast() {
        Column label = col("label", "text").defaultExpr("(ROW(0, 0)::public.pair)::text").build();
        Column bare = col("label", "text").build();
        ObjectRef column = ObjectRef.member(ObjectKind.COLUMN, qn("public.t"), "label");
        List<Statement> plan = Planner.plan(new ChangeSet(List.of(
                new DropFunction(PAIR_TEXT, List.of(), List.of(column)),
                new AlterColumn(qn("public.t"), label, bare, EnumSet.of(ColumnAspect.DEFAULT))))).statements();
        assertThat(plan).extracting(Statement::sql).containsExactly(
                "ALTER TABLE ONLY public.t ALTER COLUMN label DROP DEFAULT",
                "DROP FUNCTION public.pair_text(p public.pair)");
    }

    @Test
    void aRetypedColumnWhoseDefaultCallsARecreatedFunctionDropsTheDefaultFirstAndSetsItWithTheType() {
        Routine integerCode = function("public.next_code", "", "integer", "SELECT 1");
        Routine bigintCode = function("public.next_code", "", "bigint", "SELECT 1");
        ObjectRef code = ObjectRef.member(ObjectKind.COLUMN, qn("public.t"), "code");
        Catalog current = catalog().function(integerCode).table(table("public.t")
                .col(col("code", "integer").defaultExpr("public.next_code()"))).dependency(code, integerCode.ref())
                .build();
        Catalog desired = catalog().function(bigintCode).table(table("public.t")
                .col(col("code", "bigint").defaultExpr("public.next_code()"))).dependency(code, bigintCode.ref())
                .build();
        List<String> sql = Planner.plan(Differ.diff(current, desired)).statements().stream().map(Statement::sql)
                .toList();
        assertThat(sql.get(0)).isEqualTo("ALTER TABLE ONLY public.t ALTER COLUMN code DROP DEFAULT");
        assertThat(sql.get(1)).isEqualTo("DROP FUNCTION public.next_code()");
        assertThat(sql.get(2)).startsWith("CREATE OR REPLACE FUNCTION public.next_code()");
        assertThat(String.join("\n", sql.subList(3, sql.size()))).contains("ALTER COLUMN code TYPE bigint")
                .contains("SET DEFAULT public.next_code()");
    }

    private static DefinedObject operator(String arguments) {
        return new DefinedObject(DefinedKind.OPERATOR, QualifiedName.of("public", "<~>"), arguments,
                "public.<~> (" + arguments + ")",
                List.of("CREATE OPERATOR public.<~> (FUNCTION = public.near, LEFTARG = integer, RIGHTARG = integer)"),
                null);
    }
}
