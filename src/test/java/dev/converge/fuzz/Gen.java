package dev.converge.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** The fuzzer's one source of choices, seeded: the same seed gives the same schema pair on every JVM. */
final class Gen {

    private final SplittableRandom random;

    Gen(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int pick(int bound) {
        return random.nextInt(bound);
    }

    /** True with probability {@code percent}/100. */
    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
