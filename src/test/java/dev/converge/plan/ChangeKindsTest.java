package dev.converge.plan;

import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.enumType;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.sequence;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.converge.diff.AddColumn;
import dev.converge.diff.AddConstraint;
import dev.converge.diff.AddEnumValue;
import dev.converge.diff.AlterColumn;
import dev.converge.diff.AlterSequence;
import dev.converge.diff.Change;
import dev.converge.diff.ColumnAspect;
import dev.converge.diff.CommentTarget;
import dev.converge.diff.CreateEnum;
import dev.converge.diff.CreateIndex;
import dev.converge.diff.CreateSchema;
import dev.converge.diff.CreateSequence;
import dev.converge.diff.CreateTable;
import dev.converge.diff.DropColumn;
import dev.converge.diff.DropConstraint;
import dev.converge.diff.DropEnum;
import dev.converge.diff.DropIndex;
import dev.converge.diff.DropSchema;
import dev.converge.diff.DropSequence;
import dev.converge.diff.DropTable;
import dev.converge.diff.SetComment;
import dev.converge.diff.SetSequenceOwner;
import dev.converge.diff.SetTableLogged;
import dev.converge.diff.AlterPolicy;
import dev.converge.diff.AlterTableOptions;
import dev.converge.diff.CreatePolicy;
import dev.converge.diff.DefaultPrivilegeScope;
import dev.converge.diff.DropPolicy;
import dev.converge.diff.GrantDefaultPrivileges;
import dev.converge.diff.GrantPrivileges;
import dev.converge.diff.RevokeDefaultPrivileges;
import dev.converge.diff.RevokePrivileges;
import dev.converge.model.ColumnRef;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Policy;
import dev.converge.model.TableOptions;
import dev.converge.model.Constraint;
import dev.converge.model.Index;
import dev.converge.model.Schema;
import dev.converge.model.Table;

/**
 * Walks {@code Change.getPermittedSubclasses()} so that a new change kind cannot be forgotten by the phases, the
 * dependency facts or the renderer; and checks the metadata every statement carries.
 */
class ChangeKindsTest {

    private static final Table T = table("public.t").col("id", "integer").pk("t_pkey", "id")
            .fk("t_fk", "id", "public.t", "id").index("t_i", "id").build();
    private static final Constraint PK = T.constraint("t_pkey").orElseThrow();
    private static final Index INDEX = T.indexes().get(0);

    /** One sample of every kind. */
    static List<Change> samples() {
        return List.of(
                new CreateSchema(new Schema("s", null)),
                new DropSchema(new Schema("s", null)),
                new CreateEnum(enumType("public.e", "a")),
                new DropEnum(enumType("public.e", "a")),
                new AddEnumValue(qn("public.e"), "b", null, "a"),
                new CreateSequence(sequence("public.q")),
                new DropSequence(sequence("public.q")),
                new AlterSequence(sequence("public.q"), sequence("public.q").withComment("x")),
                new SetSequenceOwner(qn("public.q"), null, new ColumnRef(qn("public.t"), "id")),
                new CreateTable(new Table(T.name(), false, T.columns(), List.of(PK), List.of(), null)),
                new DropTable(T),
                new SetTableLogged(T.name(), true),
                new AddColumn(T.name(), col("x", "text").build(), 1),
                new DropColumn(T.name(), col("x", "text").build()),
                new AlterColumn(T.name(), col("x", "text").build(), col("x", "text").notNull().build(),
                        EnumSet.of(ColumnAspect.NOT_NULL)),
                new AddConstraint(T.name(), PK),
                new DropConstraint(T.name(), PK),
                new CreateIndex(INDEX),
                new DropIndex(INDEX),
                new SetComment(CommentTarget.table(T.name()), "c"),
                // security
                new GrantPrivileges(ObjectRef.of(ObjectKind.TABLE, T.name()), "r", List.of("SELECT"), false),
                new RevokePrivileges(ObjectRef.member(ObjectKind.COLUMN, T.name(), "id"), "r", List.of("SELECT"),
                        true),
                new GrantDefaultPrivileges(new DefaultPrivilegeScope("o", "public", "TABLES", "r"),
                        List.of("SELECT"), false),
                new RevokeDefaultPrivileges(new DefaultPrivilegeScope("o", null, "TABLES", "PUBLIC"),
                        List.of("SELECT"), false),
                new CreatePolicy(POLICY),
                new DropPolicy(POLICY),
                new AlterPolicy(POLICY, new Policy(T.name(), "p", "ALL", true, List.of("r"), "(id > 1)", null,
                        List.of("id"), "c")),
                new AlterTableOptions(TableOptions.defaults(T.name()), new TableOptions(T.name(), true, true,
                        List.of("fillfactor=70"), 'i', "t_pkey")));
    }

    private static final Policy POLICY = new Policy(T.name(), "p", "ALL", true, List.of("PUBLIC"), "(id > 0)",
            null, List.of("id"), null);

    @Test
    void everyPermittedKindHasASample() {
        Set<Class<?>> permitted = Arrays.stream(Change.class.getPermittedSubclasses()).collect(Collectors.toSet());
        Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).isEqualTo(permitted);
    }

    @Test
    void everyPermittedKindHasATieBreakRank() {
        assertThat(Set.<Class<?>>copyOf(Placement.KINDS)).hasSize(Placement.KINDS.size())
                .isEqualTo(Set.of(Change.class.getPermittedSubclasses()));
    }

    @Test
    void everyKindIsPlacedGivenFactsAndRendered() {
        StatementRenderer renderer = new StatementRenderer(Set.of());
        Mentions mentions = Mentions.of(samples());
        for (Change change : samples()) {
            assertThat(Placement.phase(change)).as(change.toString()).isNotNull();
            assertThat(Placement.sortName(change)).as(change.toString()).isNotBlank();
            assertThat(ChangeFacts.of(change, mentions)).as(change.toString()).isNotNull();
            List<Statement> statements = renderer.render(change);
            assertThat(statements).as(change.toString()).isNotEmpty();
            for (Statement statement : statements) {
                assertThat(statement.sql()).isNotBlank();
                assertThat(statement.summary()).isNotBlank();
                assertThat(statement.objectName()).isNotBlank();
                assertThat(statement.objectKind()).isIn("schema", "enum", "sequence", "table", "column",
                        "constraint", "index", "comment", "privilege", "default privileges", "policy");
                assertThat(statement.transactional()).as(statement.sql())
                        .isEqualTo(!(change instanceof AddEnumValue));
            }
        }
    }

    @Test
    void summariesAndActionsReadWell() {
        StatementRenderer renderer = new StatementRenderer(Set.of());
        Constraint fk = T.constraint("t_fk").orElseThrow();
        assertThat(renderer.render(new AddConstraint(T.name(), fk)).get(0))
                .extracting(Statement::summary, Statement::action, Statement::objectKind, Statement::objectName)
                .containsExactly("add foreign key t_fk on public.t", Statement.Action.CREATE, "constraint",
                        "public.t.t_fk");
        assertThat(renderer.render(new AlterColumn(T.name(), col("total", "numeric(10,2)").build(),
                col("total", "numeric(12,2)").build(), EnumSet.of(ColumnAspect.TYPE))).get(0))
                .extracting(Statement::summary, Statement::action, Statement::objectName)
                .containsExactly("alter column public.t.total: type numeric(10,2) -> numeric(12,2)",
                        Statement.Action.ALTER, "public.t.total");
        assertThat(renderer.render(new DropTable(T)).get(0))
                .extracting(Statement::summary, Statement::action).containsExactly("drop table public.t",
                        Statement.Action.DROP);
        assertThat(renderer.render(new AddEnumValue(qn("public.e"), "b", "c", null)).get(0).summary())
                .isEqualTo("add value 'b' to enum public.e before 'c'");
    }

    @Test
    void commentsOnEveryKindOfObject() {
        StatementRenderer renderer = new StatementRenderer(Set.of());
        List<String> sql = List.of(
                new SetComment(CommentTarget.schema("Sales"), "s"),
                new SetComment(CommentTarget.table(qn("public.order")), null),
                new SetComment(CommentTarget.column(qn("public.t"), "User"), "c"),
                new SetComment(CommentTarget.constraint(qn("public.t"), "t_pkey"), "k"),
                new SetComment(CommentTarget.index(qn("public.t_i")), "i"),
                new SetComment(CommentTarget.sequence(qn("public.q")), "q"),
                new SetComment(CommentTarget.type(qn("public.e")), "e"))
                .stream().map(c -> renderer.render(c).get(0).sql()).toList();
        assertThat(sql).containsExactly(
                "COMMENT ON SCHEMA \"Sales\" IS 's'",
                "COMMENT ON TABLE public.\"order\" IS NULL",
                "COMMENT ON COLUMN public.t.\"User\" IS 'c'",
                "COMMENT ON CONSTRAINT t_pkey ON public.t IS 'k'",
                "COMMENT ON INDEX public.t_i IS 'i'",
                "COMMENT ON SEQUENCE public.q IS 'q'",
                "COMMENT ON TYPE public.e IS 'e'");
    }
}
