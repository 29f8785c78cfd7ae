package dev.converge.lint;

import java.util.Objects;

/**
 * One thing a rule found: the rule, the subject, a one-line message that names the object and says what is
 * wrong, and a hint saying how to fix it. The severity comes from the project's settings, not from the rule.
 */
public record Finding(String rule, Subject subject, String message, String hint) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }
}
