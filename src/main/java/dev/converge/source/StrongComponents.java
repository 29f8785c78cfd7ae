package dev.converge.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The strongly connected components of a directed graph (Kosaraju, iterative so that a chain of thousands of
 * tables cannot overflow the stack): two nodes share a component exactly when each reaches the other, that is when
 * they lie on one cycle.
 */
final class StrongComponents {

    private StrongComponents() {
    }

    /** For each node of {@code edges} (node i points to each of edges[i]), the number of its component. */
    static int[] of(List<List<Integer>> edges) {
        int n = edges.size();
        List<List<Integer>> reversed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            reversed.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j : edges.get(i)) {
                reversed.get(j).add(i);
            }
        }
        int[] finishOrder = new int[n];
        int finished = 0;
        boolean[] seen = new boolean[n];
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>(); // {node, index of its next edge}
            stack.push(new int[] {root, 0});
            seen[root] = true;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> out = edges.get(top[0]);
                if (top[1] < out.size()) {
                    int next = out.get(top[1]++);
                    if (!seen[next]) {
                        seen[next] = true;
                        stack.push(new int[] {next, 0});
                    }
                } else {
                    finishOrder[finished++] = stack.pop()[0];
                }
            }
        }
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int count = 0;
        for (int k = n - 1; k >= 0; k--) {
            int root = finishOrder[k];
            if (component[root] >= 0) {
                continue;
            }
            Deque<Integer> stack = new ArrayDeque<>();
            stack.push(root);
            component[root] = count;
            while (!stack.isEmpty()) {
                for (int previous : reversed.get(stack.pop())) {
                    if (component[previous] < 0) {
                        component[previous] = count;
                        stack.push(previous);
                    }
                }
            }
            count++;
        }
        return component;
    }
}
