package dev.converge.app.migrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration's version as the tools order them: numbers separated by dots (Flyway also accepts underscores),
 * compared part by part, where missing trailing parts count as zero (so Flyway's 7 and 7.0 are the same version,
 * as Flyway itself decides). {@code text} is the version as the file name writes it.
 */
public record Version(List<BigInteger> parts, String text) implements Comparable<Version> {

    public Version {
        parts = List.copyOf(parts);
    }

    /** @throws NumberFormatException when a part is not a number */
    public static Version parse(String text) {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.split("[._]")) {
            parts.add(new BigInteger(part));
        }
        return new Version(parts, text);
    }

    public BigInteger major() {
        return parts.get(0);
    }

    @Override
    public int compareTo(Version other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            BigInteger mine = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger theirs = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int order = mine.compareTo(theirs);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** Equal as the tools see it (7 and 7.0), which is not record equality (the text differs). */
    public boolean sameAs(Version other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
