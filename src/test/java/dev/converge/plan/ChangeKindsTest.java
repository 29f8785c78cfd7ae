package dev.converge.plan;

import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.enumType;
import static dev.converge.diff.Build.function;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.sequence;
import static dev.converge.diff.Build.table;
import static dev.converge.diff.Build.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.converge.change.AddColumn;
import dev.converge.change.AddConstraint;
import dev.converge.change.AddEnumValue;
import dev.converge.change.AlterColumn;
import dev.converge.change.AlterCompositeType;
import dev.converge.change.AlterDomain;
import dev.converge.change.AlterExtension;
import dev.converge.change.AlterPolicy;
import dev.converge.change.AlterSequence;
import dev.converge.change.AlterTableOptions;
import dev.converge.change.AlterViewOptions;
import dev.converge.change.Change;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CommentObject;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateCompositeType;
import dev.converge.change.CreateDomain;
import dev.converge.change.CreateEnum;
import dev.converge.change.CreateExtension;
import dev.converge.change.CreateFunction;
import dev.converge.change.CreateIndex;
import dev.converge.change.CreateObject;
import dev.converge.change.CreatePolicy;
import dev.converge.change.CreateSchema;
import dev.converge.change.CreateSequence;
import dev.converge.change.CreateTable;
import dev.converge.change.CreateTrigger;
import dev.converge.change.CreateView;
import dev.converge.change.DefaultPrivilegeScope;
import dev.converge.change.DropColumn;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropDomain;
import dev.converge.change.DropEnum;
import dev.converge.change.DropExtension;
import dev.converge.change.DropFunction;
import dev.converge.change.DropIndex;
import dev.converge.change.DropObject;
import dev.converge.change.DropPolicy;
import dev.converge.change.DropSchema;
import dev.converge.change.DropSequence;
import dev.converge.change.DropTable;
import dev.converge.change.DropTrigger;
import dev.converge.change.DropView;
import dev.converge.change.GrantDefaultPrivileges;
import dev.converge.change.GrantPrivileges;
import dev.converge.change.RebuildEnum;
import dev.converge.change.ReplaceFunction;
import dev.converge.change.ReplaceView;
import dev.converge.change.RevokeDefaultPrivileges;
import dev.converge.change.RevokePrivileges;
import dev.converge.change.SetComment;
import dev.converge.change.SetViewColumnDefault;
import dev.converge.change.SetSequenceOwner;
import dev.converge.change.SetTableLogged;
import dev.converge.model.ColumnRef;
import dev.converge.model.CompositeType;
import dev.converge.model.Constraint;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.Domain;
import dev.converge.model.DomainConstraint;
import dev.converge.model.Extension;
import dev.converge.model.Index;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Policy;
import dev.converge.model.Routine;
import dev.converge.model.Schema;
import dev.converge.model.Table;
import dev.converge.model.TableOptions;
import dev.converge.model.Trigger;
import dev.converge.model.View;

/**
 * Walks {@code Change.getPermittedSubclasses()} so that a new change kind cannot be forgotten by the phases, the
 * dependency facts or the renderer; and checks the metadata every statement carries.
 */
class ChangeKindsTest {

    private static final Table T = table("public.t").col("id", "integer").pk("t_pkey", "id")
            .fk("t_fk", "id", "public.t", "id").index("t_i", "id").build();
    private static final Constraint PK = T.constraint("t_pkey").orElseThrow();
    private static final Index INDEX = T.indexes().get(0);
    // functions and triggers
    private static final Routine FUNCTION = function("public.f", "", "trigger", "BEGIN RETURN NEW; END");
    private static final Trigger TRIGGER = trigger("public.t", "t_f", "public.f");

    private static final View VIEW = new View(qn("public.v"), false, " SELECT t.id\n   FROM public.t;",
            List.of(new View.ViewColumn("id", "integer", null)), List.of(), List.of(), null);
    private static final View MATVIEW = new View(qn("public.mv"), true, " SELECT t.id\n   FROM public.t;",
            List.of(new View.ViewColumn("id", "integer", null)), List.of(), List.of(), null);

    /** One sample of every kind. */
    private static final DefinedObject STATISTICS = new DefinedObject(DefinedKind.STATISTICS, qn("public.s"), null,
            "public.s", List.of("CREATE STATISTICS public.s ON id, total FROM public.t"), "stats");

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
                new dev.converge.change.AttachPartition(qn("public.p"), T.name(), "DEFAULT"),
                new dev.converge.change.DetachPartition(qn("public.p"), T.name()),
                new dev.converge.change.NameAttachedIndex(T.name(), qn("public.p_idx"), "t_idx"),
                new dev.converge.change.ValidateCheckCopy(T.name(), "t_check", List.of(qn("public.p"))),
                new dev.converge.change.SaveRows(T.name(), List.of("id"), List.of(T.name())),
                new dev.converge.change.RestoreRows(T.name(), List.of("id"), List.of(T), true, List.of("id")),
                new dev.converge.change.AlterInheritance(T.name(), qn("public.p"), true, List.of("id")),
                new AddColumn(T.name(), col("x", "text").build(), 1),
                new DropColumn(T.name(), col("x", "text").build()),
                new AlterColumn(T.name(), col("x", "text").build(), col("x", "text").notNull().build(),
                        EnumSet.of(ColumnAspect.NOT_NULL)),
                new AddConstraint(T.name(), PK),
                new DropConstraint(T.name(), PK),
                new CreateIndex(INDEX),
                new DropIndex(INDEX),
                new SetComment(CommentTarget.table(T.name()), "c"),
                new CreateObject(STATISTICS, List.of(ObjectRef.member(ObjectKind.COLUMN, T.name(), "id"))),
                new DropObject(STATISTICS, List.of(ObjectRef.member(ObjectKind.COLUMN, T.name(), "id"))),
                new CommentObject(STATISTICS),
                new dev.converge.change.Rename(dev.converge.model.RenameHint.Target.COLUMN, T.name(), "x", "y"),
                // types helper: domains, composite types, enum rebuilds, extensions
                new CreateDomain(DOMAIN),
                new DropDomain(DOMAIN),
                new AlterDomain(DOMAIN, new Domain(DOMAIN.name(), "integer", "1", true, null, List.of(), null)),
                new CreateCompositeType(COMPOSITE),
                new DropCompositeType(COMPOSITE),
                new AlterCompositeType(COMPOSITE, new CompositeType(COMPOSITE.name(),
                        List.of(new CompositeType.Attribute("a", "bigint", null)), null)),
                new RebuildEnum(enumType("public.e", "a", "b"), enumType("public.e", "b"),
                        List.of(new RebuildEnum.EnumUse(T.name(), "id", "public.e", null, null))),
                new CreateExtension(EXTENSION),
                new DropExtension(EXTENSION),
                new AlterExtension(EXTENSION, new Extension("hstore", "public", "1.8", null)),
                // views and materialized views
                new CreateView(VIEW, List.of(ObjectRef.member(ObjectKind.COLUMN, T.name(), "id")), null),
                new DropView(MATVIEW, List.of(), "depends on public.t.id, whose type changes"),
                new ReplaceView(VIEW, VIEW, List.of(), List.of()),
                new AlterViewOptions(VIEW, new View(VIEW.name(), false, VIEW.definition(), VIEW.columns(),
                        List.of("security_barrier=true"), List.of(), null)),
                new SetViewColumnDefault(VIEW.name(), "id", null, "0"),
                // functions and triggers
                new CreateFunction(FUNCTION, List.of()),
                new ReplaceFunction(FUNCTION, FUNCTION, List.of(), List.of()),
                new DropFunction(FUNCTION, List.of()),
                new CreateTrigger(TRIGGER),
                new DropTrigger(TRIGGER),
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
                        List.of("fillfactor=70"), 'i', "t_pkey")),
                new dev.converge.change.AlterColumnSettings(T.name(), "id",
                        dev.converge.model.ColumnSettings.none("plain"), new dev.converge.model.ColumnSettings(500,
                        "main", "lz4", List.of("n_distinct=-1"), "plain")),
                new dev.converge.change.AlterIndexStatistics(T.name(), qn("public.t_i"), new java.util.TreeMap<>(),
                        new java.util.TreeMap<>(java.util.Map.of(1, 300))),
                new dev.converge.change.SetClusterIndex(T.name(), null, "t_pkey"));
    }

    private static final Domain DOMAIN = new Domain(qn("public.d"), "integer", null, false, null,
            List.of(new DomainConstraint("d_check", "CHECK ((VALUE > 0))")), null);
    private static final CompositeType COMPOSITE = new CompositeType(qn("public.c"),
            List.of(new CompositeType.Attribute("a", "integer", null)), null);
    private static final Extension EXTENSION = new Extension("hstore", "public", "1.7", null);

    private static final Policy POLICY = new Policy(T.name(), "p", "ALL", true, List.of("PUBLIC"), "(id > 0)",
            null, List.of("id"), null);

    @Test
    void everyPermittedKindHasASample() {
        Set<Class<?>> permitted = Arrays.stream(Change.class.getPermittedSubclasses()).collect(Collectors.toSet());
        Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).isEqualTo(permitted);
    }

    @Test
    void everyPermittedKindHasAFamilyWithCompleteRules() {
        assertThat(Set.<Class<?>>copyOf(ChangeKinds.declared()))
                .isEqualTo(Set.of(Change.class.getPermittedSubclasses()));
        for (Class<?> kind : Change.class.getPermittedSubclasses()) {
            assertThat(ChangeKinds.complete(kind.asSubclass(Change.class))).as(kind.getSimpleName()).isTrue();
        }
    }

    @Test
    void everyKindIsPlacedGivenFactsAndRendered() {
        StatementRenderer renderer = new StatementRenderer(Set.of());
        Mentions mentions = Mentions.of(samples());
        for (Change change : samples()) {
            assertThat(Placement.stage(change)).as(change.toString()).isNotNull();
            assertThat(change.sortName()).as(change.toString()).isNotBlank();
            assertThat(ChangeFacts.of(change, mentions)).as(change.toString()).isNotNull();
            List<Statement> statements = renderer.render(change);
            assertThat(statements).as(change.toString()).isNotEmpty();
            for (Statement statement : statements) {
                assertThat(statement.sql()).isNotBlank();
                assertThat(statement.summary()).isNotBlank();
                assertThat(statement.subject().name()).isNotBlank();
                assertThat(statement.subject().label()).isIn("schema", "enum", "sequence", "table", "column",
                        "constraint", "index", "comment", "domain", "type", "extension",
                        "view", "materialized view",
                        "function", "procedure", "trigger",
                        "privilege", "default privileges", "policy", "statistics");
            }
            // Later statements of a change may wait for the commit (VALIDATE after ADD ... NOT VALID).
            assertThat(statements.get(0).transactional()).as(statements.get(0).sql())
                    .isEqualTo(!(change instanceof AddEnumValue));
        }
    }

    @Test
    void summariesAndActionsReadWell() {
        StatementRenderer renderer = new StatementRenderer(Set.of());
        Constraint fk = T.constraint("t_fk").orElseThrow();
        assertThat(renderer.render(new AddConstraint(T.name(), fk)).get(0))
                .extracting(Statement::summary, Statement::action, s -> s.subject().label(), s -> s.subject().name())
                .containsExactly("add foreign key t_fk on public.t (NOT VALID; validated after the commit)",
                        Statement.Action.CREATE, "constraint",
                        "public.t.t_fk");
        assertThat(renderer.render(new AlterColumn(T.name(), col("total", "numeric(10,2)").build(),
                col("total", "numeric(12,2)").build(), EnumSet.of(ColumnAspect.TYPE))).get(0))
                .extracting(Statement::summary, Statement::action, s -> s.subject().name())
                .containsExactly("alter column public.t.total: type numeric(10,2) -> numeric(12,2)",
                        Statement.Action.ALTER, "public.t.total");
        assertThat(renderer.render(new DropTable(T)).get(0))
                .extracting(Statement::summary, Statement::action).containsExactly("drop table public.t",
                        Statement.Action.DROP);
        assertThat(renderer.render(samples().stream().filter(DropView.class::isInstance).findFirst().orElseThrow())
                .get(0).summary())
                .isEqualTo("drop materialized view public.mv (depends on public.t.id, whose type changes; "
                        + "re-created below)");
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
                new SetComment(CommentTarget.type(qn("public.e")), "e"),
                new SetComment(CommentTarget.view(qn("public.v"), false), "v"),
                new SetComment(CommentTarget.view(qn("public.mv"), true), "m"))
                .stream().map(c -> renderer.render(c).get(0).sql()).toList();
        assertThat(sql).containsExactly(
                "COMMENT ON SCHEMA \"Sales\" IS 's'",
                "COMMENT ON TABLE public.\"order\" IS NULL",
                "COMMENT ON COLUMN public.t.\"User\" IS 'c'",
                "COMMENT ON CONSTRAINT t_pkey ON public.t IS 'k'",
                "COMMENT ON INDEX public.t_i IS 'i'",
                "COMMENT ON SEQUENCE public.q IS 'q'",
                "COMMENT ON TYPE public.e IS 'e'",
                "COMMENT ON VIEW public.v IS 'v'",
                "COMMENT ON MATERIALIZED VIEW public.mv IS 'm'");
    }
}
