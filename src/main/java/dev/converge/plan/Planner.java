package dev.converge.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CreateTable;
import dev.converge.change.CreateView;
import dev.converge.change.DropTable;
import dev.converge.model.QualifiedName;

/**
 * Orders a change set (declared dependencies, deterministic topological sort) and renders it into a plan. The
 * same changes give the same plan whatever order they come in.
 *
 * <p>The plan has the shape PostgreSQL's locking asks for: new enum values on their own first (they must be
 * committed before use), then one transaction with everything that can share it, then the online steps, each on
 * its own: concurrent index builds and drops on existing tables ({@link AfterCommit}) and the validation of
 * constraints added NOT VALID inside the transaction. A validation scan therefore never holds the transaction's
 * strong locks.
 */
public final class Planner {

    private Planner() {
    }

    /** @throws DependencyCycleException if the changes cannot be ordered (a bug; the message shows the cycle) */
    public static Plan plan(ChangeSet changes) {
        return plan(changes, null);
    }

    /** @param backup null to drop for real; else dropped tables and columns are kept (apply --backup) */
    public static Plan plan(ChangeSet changes, Backup backup) {
        DependencyGraph.Ordered ordered = ViewPlaceholders.order(changes.changes());
        Set<QualifiedName> newRelations = newRelations(ordered.changes());
        BitSet deferred = AfterCommit.deferred(ordered, newRelations);
        RenderContext context = new RenderContext(newRelations, backup, droppedTables(ordered.changes()), false);
        StatementRenderer renderer = new StatementRenderer(context.withCreated(created(ordered, context))
                .withShapesCompared(shapesCompared(ordered)));
        BitSet first = NewObjectsFirst.select(ordered, renderer.context());
        List<Statement> newObjects = new ArrayList<>();
        List<Statement> inOrder = new ArrayList<>();
        List<Statement> afterCommit = new ArrayList<>();
        BitSet contracting = new BitSet();
        for (int i = 0; i < ordered.changes().size(); i++) {
            Change change = ordered.changes().get(i);
            List<Statement> statements = PhaseRules.assign(change, renderer.render(change, deferred.get(i)));
            statements = postponed(statements, ordered.predecessors().get(i), contracting);
            if (!statements.isEmpty() && statements.get(0).phase() == Phase.CONTRACT) {
                contracting.set(i);
            }
            if (first.get(i)) {
                statements.forEach(s -> newObjects.add(s.amongNewObjects()));
                continue;
            }
            int trailing = deferred.get(i) ? 0 : firstTrailing(statements);
            inOrder.addAll(statements.subList(0, trailing));
            statements.subList(trailing, statements.size()).forEach(s -> afterCommit.add(s.onItsOwn()));
        }
        inOrder.addAll(afterCommit);
        newObjects.addAll(inOrder);
        return new Plan(newObjects);
    }

    /**
     * A change that must run after a change whose main (first) statement is CONTRACT is CONTRACT too: the expand
     * phase runs without the contract statements, so it must never need one (a column added again after its drop,
     * an object created in a renamed schema). The planner postpones it rather than refusing the phase.
     */
    private static List<Statement> postponed(List<Statement> statements, Set<Integer> predecessors,
                                             BitSet contracting) {
        if (predecessors.stream().noneMatch(contracting::get)) {
            return statements;
        }
        return statements.stream().map(s -> s.inPhase(Phase.CONTRACT)).toList();
    }

    /** The keys of the objects the plan creates that nothing uses yet, as their families say. */
    private static Set<ObjectKey> created(DependencyGraph.Ordered ordered, RenderContext context) {
        Set<ObjectKey> created = new java.util.HashSet<>();
        for (int i = 0; i < ordered.changes().size(); i++) {
            Change change = ordered.changes().get(i);
            if (ChangeKinds.of(change).createsIsolated(change, context)) {
                created.addAll(ordered.facts().get(i).provides());
            }
        }
        return created;
    }

    /** The column shapes some change requires as the plan leaves them (INHERIT compares them, see ObjectKey). */
    private static Set<ObjectKey> shapesCompared(DependencyGraph.Ordered ordered) {
        return ordered.facts().stream().flatMap(f -> f.requires().stream())
                .filter(k -> k.kind() == ObjectKey.Kind.COLUMN_SHAPE).collect(Collectors.toSet());
    }

    private static Set<QualifiedName> droppedTables(List<Change> changes) {
        return changes.stream().filter(DropTable.class::isInstance).map(c -> ((DropTable) c).table().name())
                .collect(Collectors.toSet());
    }

    /**
     * Tables and materialized views the plan creates: their constraints and indexes touch no existing rows, so
     * they are built the plain way, inside the transaction, and carry no hazards.
     */
    private static Set<QualifiedName> newRelations(List<Change> changes) {
        Set<QualifiedName> tables = changes.stream()
                .filter(CreateTable.class::isInstance)
                .map(c -> ((CreateTable) c).table().name())
                .collect(Collectors.toSet());
        changes.stream().filter(CreateView.class::isInstance).map(c -> ((CreateView) c).view())
                .filter(v -> v.materialized()).forEach(v -> tables.add(v.name()));
        return tables;
    }

    /**
     * A change's statements that must wait for the commit: from the first that runs outside a transaction after
     * one that runs inside (VALIDATE CONSTRAINT after ADD ... NOT VALID). A change made only of statements outside
     * the transaction (a new enum value) keeps its place.
     */
    private static int firstTrailing(List<Statement> statements) {
        boolean seenTransactional = false;
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).transactional()) {
                seenTransactional = true;
            } else if (seenTransactional) {
                return i;
            }
        }
        return statements.size();
    }
}
