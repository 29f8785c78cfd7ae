package dev.converge.lint.rules;

import dev.converge.lint.LintRule;
import dev.converge.lint.Severity;

/** The fixed facts of a rule (id, default severity, reason), so each rule class holds only its check. */
abstract class Rule implements LintRule {

    private final String id;
    private final Severity defaultSeverity;
    private final String reason;

    Rule(String id, Severity defaultSeverity, String reason) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.reason = reason;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public String reason() {
        return reason;
    }
}
