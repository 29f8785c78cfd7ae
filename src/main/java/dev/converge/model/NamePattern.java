package dev.converge.model;

import java.util.regex.Pattern;

/**
 * A shell-style name pattern of the project file: {@code *} any run of characters, {@code ?} one character,
 * everything else literal and case-sensitive (PostgreSQL names are).
 */
public final class NamePattern {

    private NamePattern() {
    }

    public static boolean isPattern(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    public static boolean matches(String pattern, String name) {
        return toRegex(pattern).matcher(name).matches();
    }

    public static Pattern toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
