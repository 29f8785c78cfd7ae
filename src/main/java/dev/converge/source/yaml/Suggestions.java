package dev.converge.source.yaml;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for a misspelt key: the closest known key within a small edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** {@code ; did you mean "x"?}, or an empty string when no known key is close enough. */
    public static String didYouMean(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = typed.toLowerCase(Locale.ROOT).replace('-', '_');
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT).replace('-', '_'));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        if (best == null || bestDistance > allowed) {
            return "";
        }
        return "; did you mean \"" + best + "\"?";
    }

    /** Levenshtein distance, with a swap of two neighbours counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
