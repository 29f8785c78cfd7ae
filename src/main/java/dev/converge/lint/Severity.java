package dev.converge.lint;

import java.util.Locale;
import java.util.Optional;

/** How much a rule's finding matters: an {@code error} fails {@code converge lint} (exit 2), {@code off} disables the rule. */
public enum Severity {
    ERROR, WARNING, OFF;

    /** The word used in converge.yaml and in every report: {@code error}, {@code warning}, {@code off}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromLabel(String label) {
        for (Severity severity : values()) {
            if (severity.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
