package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.converge.diff.Change;
import dev.converge.diff.ChangeSet;
import dev.converge.diff.CreateTable;
import dev.converge.model.QualifiedName;

/**
 * Orders a change set (declared dependencies, deterministic topological sort) and renders it into a plan. The
 * same changes give the same plan whatever order they come in.
 */
public final class Planner {

    private Planner() {
    }

    /** @throws DependencyCycleException if the changes cannot be ordered (a bug; the message shows the cycle) */
    public static Plan plan(ChangeSet changes) {
        List<Change> ordered = DependencyGraph.order(changes.changes());
        Set<QualifiedName> newTables = ordered.stream()
                .filter(CreateTable.class::isInstance)
                .map(c -> ((CreateTable) c).table().name())
                .collect(Collectors.toSet());
        StatementRenderer renderer = new StatementRenderer(newTables);
        List<Statement> statements = new ArrayList<>();
        ordered.forEach(change -> statements.addAll(renderer.render(change)));
        return new Plan(statements);
    }
}
