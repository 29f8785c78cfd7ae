package dev.converge.diff;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Matches objects of current and desired by key, visiting keys in sorted order so the output is stable. */
final class Pairs {

    private Pairs() {
    }

    static <K extends Comparable<K>, V> void match(Map<K, V> current, Map<K, V> desired,
                                                   Consumer<V> currentOnly, Consumer<V> desiredOnly,
                                                   BiConsumer<V, V> both) {
        TreeSet<K> keys = new TreeSet<>(current.keySet());
        keys.addAll(desired.keySet());
        for (K key : keys) {
            V c = current.get(key);
            V d = desired.get(key);
            if (d == null) {
                currentOnly.accept(c);
            } else if (c == null) {
                desiredOnly.accept(d);
            } else {
                both.accept(c, d);
            }
        }
    }
}
