package dev.converge.model;

/**
 * A count with its noun in the right number ("1 statement", "2 statements"), for every message that counts
 * something. Here because every layer prints counts and this is the one package they all may use.
 */
public final class Plural {

    private Plural() {
    }

    /** {@code count} and {@code noun}, with an "s" added unless the count is one. */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** {@code count} and the singular or the plural given ("1 entry", "2 entries"). */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
