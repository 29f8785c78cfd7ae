package dev.converge.plan;

import static dev.converge.diff.Build.qn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import dev.converge.change.Change;
import dev.converge.change.CommentObject;
import dev.converge.change.CommentTarget;
import dev.converge.change.Rename;
import dev.converge.change.SetComment;
import dev.converge.diff.Build.CatalogBuilder;
import dev.converge.diff.Differ;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.RenameHint;

/**
 * Pins what every statement says it changes (its object kind label, object name, action and summary), as the
 * JSON plan's {@code objectKind}/{@code objectName} show them to users: these are machine-readable output and must
 * not change by accident. Covers a sample of every change kind in four render contexts (an existing table, a new
 * one, after the commit, with backups), every rename and comment target, defined objects with a member, and
 * every plan of {@link PlannerTest} with and without backups. On a mismatch the actual text is written next to
 * the golden file.
 */
class StatementSubjectGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/plan/statement-subjects.txt");

    @Test
    void everyStatementNamesItsObjectAsBefore() throws IOException {
        List<String> lines = new ArrayList<>();
        Set<dev.converge.model.QualifiedName> table = Set.of(qn("public.t"));
        Backup backup = new Backup(Instant.EPOCH, dev.converge.model.Catalog.empty());
        List<RenderContext> contexts = List.of(RenderContext.of(Set.of()), RenderContext.of(table),
                RenderContext.of(Set.of()).afterCommit(true), new RenderContext(Set.of(), backup, table, false));
        List<String> contextNames = List.of("existing", "new table", "after commit", "backup");
        List<Change> changes = new ArrayList<>(ChangeKindsTest.samples());
        changes.addAll(extraChanges());
        for (int c = 0; c < contexts.size(); c++) {
            StatementRenderer renderer = new StatementRenderer(contexts.get(c));
            for (Change change : changes) {
                lines.add("## " + contextNames.get(c) + ": " + change.getClass().getSimpleName());
                renderer.render(change, contexts.get(c).afterCommit()).forEach(s -> lines.add(line(s)));
            }
        }
        for (Arguments arguments : PlannerTest.cases().toList()) {
            Object[] a = arguments.get();
            CatalogBuilder current = (CatalogBuilder) a[1];
            CatalogBuilder desired = (CatalogBuilder) a[2];
            lines.add("## plan: " + a[0]);
            Planner.plan(Differ.diff(current.build(), desired.build())).statements().forEach(s -> lines.add(line(s)));
            lines.add("## plan with backups: " + a[0]);
            Planner.plan(Differ.diff(current.build(), desired.build()), new Backup(Instant.EPOCH, current.build()))
                    .statements().forEach(s -> lines.add(line(s)));
        }
        String actual = String.join("\n", lines) + "\n";
        String expected = Files.exists(GOLDEN) ? Files.readString(GOLDEN, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            Path written = GOLDEN.resolveSibling(GOLDEN.getFileName() + ".actual");
            Files.writeString(written, actual, StandardCharsets.UTF_8);
            assertThat(actual).as("statement subjects differ from " + GOLDEN + "; actual written to " + written)
                    .isEqualTo(expected);
        }
    }

    private static String line(Statement s) {
        return s.action() + " | " + s.subject().label() + " | " + s.subject().name() + " | " + s.summary();
    }

    private static List<Change> extraChanges() {
        List<Change> changes = new ArrayList<>();
        for (RenameHint.Target target : RenameHint.Target.values()) {
            if (target != RenameHint.Target.USING) {
                changes.add(new Rename(target, qn("public.t"), "x", "y"));
            }
        }
        changes.add(new SetComment(CommentTarget.schema("s"), "c"));
        changes.add(new SetComment(CommentTarget.column(qn("public.t"), "id"), "c"));
        changes.add(new SetComment(CommentTarget.constraint(qn("public.t"), "t_pkey"), null));
        changes.add(new SetComment(CommentTarget.index(qn("public.t_i")), "c"));
        changes.add(new SetComment(CommentTarget.sequence(qn("public.q")), "c"));
        changes.add(new SetComment(CommentTarget.type(qn("public.e")), "c"));
        for (CommentTarget.Kind kind : List.of(CommentTarget.Kind.VIEW, CommentTarget.Kind.MATERIALIZED_VIEW)) {
            changes.add(new SetComment(new CommentTarget(kind, "public", "v", null), "c"));
        }
        for (CommentTarget.Kind kind : List.of(CommentTarget.Kind.FUNCTION, CommentTarget.Kind.PROCEDURE,
                CommentTarget.Kind.TRIGGER)) {
            changes.add(new SetComment(new CommentTarget(kind, "public", "f", "integer"), "c"));
        }
        DefinedObject rule = new DefinedObject(DefinedKind.RULE, qn("public.t"), "r", "r ON public.t",
                List.of("CREATE RULE r AS ON INSERT TO public.t DO INSTEAD NOTHING"), "c");
        DefinedObject cast = new DefinedObject(DefinedKind.CAST, qn("public.c"), null, "(integer AS public.c)",
                List.of("CREATE CAST (integer AS public.c) WITH INOUT"), null);
        DefinedObject aggregate = new DefinedObject(DefinedKind.AGGREGATE, qn("public.a"), "integer",
                "public.a(integer)", List.of("CREATE AGGREGATE public.a(integer) (SFUNC = int4pl, STYPE = integer)"),
                null);
        for (DefinedObject object : List.of(rule, cast, aggregate)) {
            changes.add(new dev.converge.change.CreateObject(object, List.of()));
            changes.add(new dev.converge.change.DropObject(object, List.of(), List.of()));
            changes.add(new CommentObject(object));
        }
        changes.addAll(otherShapes());
        return changes;
    }

    /** Statements rendered only for particular inputs: a default partition, comments of extensions and enums. */
    private static List<Change> otherShapes() {
        dev.converge.model.Table partition = new dev.converge.model.Table(qn("public.p1"), false,
                List.of(dev.converge.diff.Build.col("id", "integer").build()), List.of(), List.of(), null, null,
                new dev.converge.model.PartitionOf(qn("public.p"), "FOR VALUES FROM (1) TO (2)"));
        dev.converge.model.Sequence sequence = dev.converge.diff.Build.sequence("public.q");
        dev.converge.model.Sequence narrowed = new dev.converge.model.Sequence(sequence.name(), sequence.dataType(),
                sequence.start(), sequence.increment(), 1, 100, sequence.cache(), false, null, null);
        dev.converge.model.Routine function = dev.converge.diff.Build.function("public.pr", "integer", "void", "");
        dev.converge.model.Routine procedure = new dev.converge.model.Routine(function.name(), "integer",
                dev.converge.model.Routine.Kind.PROCEDURE, "integer", null, "sql", false,
                "CREATE OR REPLACE PROCEDURE public.pr(integer) LANGUAGE sql AS $$ $$", null);
        return List.of(
                new dev.converge.change.CreateTable(partition, null, qn("public.p_default")),
                new dev.converge.change.AlterExtension(
                        new dev.converge.model.Extension("hstore", "public", "1.7", null),
                        new dev.converge.model.Extension("hstore", "public", "1.7", "c")),
                new dev.converge.change.RebuildEnum(dev.converge.diff.Build.enumType("public.e", "a", "b"),
                        new dev.converge.model.EnumType(qn("public.e"), List.of("b"), "c"), List.of()),
                new dev.converge.change.AlterSequence(sequence, narrowed),
                new dev.converge.change.CreateFunction(procedure, List.of()),
                new dev.converge.change.DropFunction(procedure, List.of()));
    }
}
