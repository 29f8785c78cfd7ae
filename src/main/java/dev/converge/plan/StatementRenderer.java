package dev.converge.plan;

import java.util.List;
import java.util.Set;

import dev.converge.change.Change;
import dev.converge.model.QualifiedName;

/**
 * Turns one change into its statements, by the rules its family declares (see {@link ChangeKinds}), in the
 * context of the whole plan ({@link RenderContext}).
 */
final class StatementRenderer {

    private final RenderContext context;

    StatementRenderer(Set<QualifiedName> newTables) {
        this(RenderContext.of(newTables));
    }

    StatementRenderer(RenderContext context) {
        this.context = context;
    }

    RenderContext context() {
        return context;
    }

    /** @param afterCommit the change runs after the plan's transaction (see {@link AfterCommit}) */
    List<Statement> render(Change change, boolean afterCommit) {
        return ChangeKinds.of(change).render(change, context.afterCommit(afterCommit));
    }

    /** The change as it renders inside the plan's transaction. */
    List<Statement> render(Change change) {
        return render(change, false);
    }
}
