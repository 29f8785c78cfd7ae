package dev.converge.diff;

import java.util.List;
import java.util.Objects;

import dev.converge.change.Change;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateFunction;
import dev.converge.change.DropFunction;
import dev.converge.change.ReplaceFunction;
import dev.converge.change.SetComment;
import dev.converge.model.Catalog;
import dev.converge.model.Dependency;
import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;

/**
 * Functions and procedures, matched by kind, name and identity arguments (overloads are distinct objects). A
 * changed definition is replaced in place when {@code CREATE OR REPLACE} allows it, else dropped and created.
 */
final class FunctionDiffer {

    private FunctionDiffer() {
    }

    static void diff(Catalog current, Catalog desired, List<Change> changes) {
        Pairs.match(current.functionsByRef(), desired.functionsByRef(),
                f -> changes.add(drop(f, current)),
                f -> create(desired, f, changes),
                (c, d) -> {
                    if (c.sameDefinition(d)) {
                        if (!Objects.equals(c.comment(), d.comment())) {
                            changes.add(new SetComment(CommentTarget.function(d), d.comment()));
                        }
                    } else if (c.replaceableBy(d)) {
                        changes.add(new ReplaceFunction(c, d, DependencyIndex.of(current).uses(c.ref()),
                                DependencyIndex.of(desired).uses(d.ref())));
                        if (!Objects.equals(c.comment(), d.comment())) {
                            changes.add(new SetComment(CommentTarget.function(d), d.comment()));
                        }
                    } else {
                        changes.add(drop(c, current));
                        create(desired, d, changes);
                    }
                });
    }

    /**
     * The drop of {@code function}: after what depends on it in the current catalog (an index may call it through a
     * cast without naming it), before what it depends on.
     */
    static DropFunction drop(Routine function, Catalog current) {
        DependencyIndex uses = DependencyIndex.of(current);
        return new DropFunction(function, uses.uses(function.ref()),
                uses.usedBy(function.ref()).stream().map(Dependency::dependent).distinct().toList());
    }

    private static void create(Catalog desired, Routine function, List<Change> changes) {
        changes.add(new CreateFunction(function, DependencyIndex.of(desired).uses(function.ref())));
        if (function.comment() != null) {
            changes.add(new SetComment(CommentTarget.function(function), function.comment()));
        }
    }
}
