package dev.converge.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.change.Change;

/**
 * Orders changes: edges from {@link ChangeFacts} say what must run after what; Kahn's algorithm picks, among the
 * changes whose predecessors are done, the first by {@link Placement#ORDER}. Same input, same order, whatever
 * order the changes came in. A cycle is reported with its path.
 */
final class DependencyGraph {

    private final List<Change> nodes;
    private final List<ChangeFacts> facts;
    /** For each node, the nodes it must run after. */
    private final List<Set<Integer>> predecessors = new ArrayList<>();

    private DependencyGraph(List<Change> changes) {
        this.nodes = changes.stream().sorted(Placement.ORDER).toList();
        Mentions mentions = Mentions.of(nodes);
        this.facts = nodes.stream().map(c -> ChangeFacts.of(c, mentions)).toList();
        Map<ObjectKey, List<Integer>> providers = index(facts, ChangeFacts::provides);
        Map<ObjectKey, List<Integer>> removers = index(facts, ChangeFacts::removes);
        Map<ObjectKey, List<Integer>> releasers = index(facts, ChangeFacts::releases);
        for (int i = 0; i < nodes.size(); i++) {
            Set<Integer> after = new TreeSet<>();
            ChangeFacts f = facts.get(i);
            f.requires().forEach(k -> after.addAll(providers(providers, k)));
            // A releaser that also requires the key, which the plan provides again (a revoke on an object that is
            // dropped and created again), is about the new object: it runs after the provider, not before this.
            f.removes().forEach(k -> releasers.getOrDefault(k, List.of()).stream()
                    .filter(j -> !(facts.get(j).requires().contains(k) && providers.containsKey(k)))
                    .forEach(after::add));
            f.provides().forEach(k -> after.addAll(removers.getOrDefault(k, List.of())));
            f.awaits().forEach(k -> after.addAll(removers.getOrDefault(k, List.of())));
            after.remove(i);
            predecessors.add(after);
        }
    }

    /**
     * The changes that provide {@code key}. A column that no change provides on its own comes with its relation: a
     * foreign table is created whole (its columns are in its definition), and a function or view that reads one of
     * its columns must come after it.
     */
    private static List<Integer> providers(Map<ObjectKey, List<Integer>> providers, ObjectKey key) {
        List<Integer> own = providers.get(key);
        if (own != null || key.kind() != ObjectKey.Kind.COLUMN) {
            return own == null ? List.of() : own;
        }
        return providers.getOrDefault(new ObjectKey(ObjectKey.Kind.TABLE, key.parts().subList(0, 2)), List.of());
    }

    /**
     * Changes in plan order, and for each (by its position in that order) the positions it must run after and its
     * ordering facts (worked out once: the planner asks them again of what it renders).
     */
    record Ordered(List<Change> changes, List<Set<Integer>> predecessors, List<ChangeFacts> facts) {
    }

    static List<Change> order(List<Change> changes) {
        return orderWithEdges(changes).changes();
    }

    static Ordered orderWithEdges(List<Change> changes) {
        DependencyGraph graph = new DependencyGraph(changes);
        List<Integer> sorted = graph.sort();
        int[] position = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            position[sorted.get(i)] = i;
        }
        List<Set<Integer>> predecessors = new ArrayList<>();
        for (int node : sorted) {
            Set<Integer> before = new TreeSet<>();
            graph.predecessors.get(node).forEach(p -> before.add(position[p]));
            predecessors.add(before);
        }
        return new Ordered(sorted.stream().map(graph.nodes::get).toList(), predecessors,
                sorted.stream().map(graph.facts::get).toList());
    }

    private List<Integer> sort() {
        int n = nodes.size();
        int[] waiting = new int[n];
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            successors.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            waiting[i] = predecessors.get(i).size();
            for (int p : predecessors.get(i)) {
                successors.get(p).add(i);
            }
        }
        // Nodes are already sorted by Placement.ORDER, so the index is the tie-break.
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> ordered = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            ordered.add(next);
            for (int s : successors.get(next)) {
                if (--waiting[s] == 0) {
                    ready.add(s);
                }
            }
        }
        if (ordered.size() < n) {
            List<Integer> loop = findCycle(waiting);
            throw new DependencyCycleException(loop.stream().map(i -> Placement.describe(nodes.get(i))).toList(),
                    loop.stream().distinct().map(nodes::get).toList());
        }
        return ordered;
    }

    /** Walks predecessors among the nodes left over until one repeats; that loop is the cycle. */
    private List<Integer> findCycle(int[] waiting) {
        int start = 0;
        while (waiting[start] == 0) {
            start++;
        }
        List<Integer> path = new ArrayList<>();
        int current = start;
        while (!path.contains(current)) {
            path.add(current);
            current = predecessors.get(current).stream().filter(p -> waiting[p] > 0).findFirst().orElseThrow();
        }
        List<Integer> loop = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        java.util.Collections.reverse(loop);
        loop.add(loop.get(0));
        return loop;
    }

    private static Map<ObjectKey, List<Integer>> index(List<ChangeFacts> facts,
                                                       java.util.function.Function<ChangeFacts, Set<ObjectKey>> keys) {
        Map<ObjectKey, List<Integer>> map = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            for (ObjectKey key : keys.apply(facts.get(i))) {
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return map;
    }
}
