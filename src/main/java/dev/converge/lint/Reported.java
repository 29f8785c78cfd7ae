package dev.converge.lint;

import java.util.Objects;

/**
 * A finding as reported: with the severity the project gives its rule, the line of the desired state where its
 * object is written (null when it has none, e.g. a dropped column), and for a suppressed finding the line whose
 * {@code -- converge:nolint} comment suppressed it (null when it counts).
 */
public record Reported(Finding finding, Severity severity, SourceLine location, SourceLine suppressedBy) {

    public Reported {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(severity, "severity");
    }

    public String rule() {
        return finding.rule();
    }

    public boolean suppressed() {
        return suppressedBy != null;
    }
}
