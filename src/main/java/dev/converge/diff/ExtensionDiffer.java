package dev.converge.diff;

import java.util.List;

import dev.converge.change.AlterExtension;
import dev.converge.change.Change;
import dev.converge.change.CreateExtension;
import dev.converge.change.DropExtension;
import dev.converge.model.Catalog;
import dev.converge.model.Dependency;

/** Extensions, matched by name: install, remove, or update version, schema and comment. */
final class ExtensionDiffer {

    private ExtensionDiffer() {
    }

    static void diff(Catalog current, Catalog desired, List<Change> changes) {
        Pairs.match(current.extensionsByName(), desired.extensionsByName(),
                e -> changes.add(new DropExtension(e, DependencyIndex.of(current).usedBy(e.ref()).stream()
                        .map(Dependency::dependent).toList())),
                e -> changes.add(new CreateExtension(e)),
                (c, d) -> {
                    if (!c.equals(d)) {
                        changes.add(new AlterExtension(c, d));
                    }
                });
    }
}
