package dev.converge.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.converge.change.AlterPolicy;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CreatePolicy;
import dev.converge.change.DropPolicy;
import dev.converge.model.Catalog;
import dev.converge.model.Policy;

/**
 * Row-level security policies, matched by table and name. ALTER POLICY changes roles and expressions in place;
 * a new command or permissive/restrictive kind needs a drop and a create, and so does a policy over a column the
 * plan drops or retypes (PostgreSQL refuses both while the policy uses the column).
 */
final class PolicyDiffer {

    private PolicyDiffer() {
    }

    static ChangeSet diff(Catalog current, Catalog desired, ChangeSet found) {
        DroppedObjects dropped = DroppedObjects.of(found.changes());
        List<Change> changes = new ArrayList<>();
        Pairs.match(byKey(current.policies()), byKey(desired.policies()),
                p -> {
                    if (!dropped.tableDropped(p.table())) {
                        changes.add(new DropPolicy(p));
                    }
                },
                p -> changes.add(new CreatePolicy(p)),
                (c, d) -> {
                    boolean columnChanged = c.columns().stream().anyMatch(col -> dropped.columnChanged(c.table(), col));
                    if (columnChanged || !c.alterableTo(d)) {
                        changes.add(new DropPolicy(c));
                        changes.add(new CreatePolicy(d));
                    } else if (!c.sameDefinition(d) || !Objects.equals(c.comment(), d.comment())) {
                        changes.add(new AlterPolicy(c, d));
                    }
                });
        return found.plus(changes);
    }

    private static Map<String, Policy> byKey(List<Policy> policies) {
        Map<String, Policy> map = new TreeMap<>();
        policies.forEach(p -> map.put(p.table() + "\u0000" + p.name(), p));
        return map;
    }
}
