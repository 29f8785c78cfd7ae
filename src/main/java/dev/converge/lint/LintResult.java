package dev.converge.lint;

import java.util.List;

/**
 * What {@code converge lint} found: the findings that count (errors first), those suppressed by a nolint comment
 * (listed, so a suppression is never silent), every rule with the severity it ran with, and whether a plan was
 * checked (the plan rules run only against a target).
 */
public record LintResult(List<Reported> findings, List<Reported> suppressed, List<RuleInfo> rules,
                         boolean planChecked) {

    public LintResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        rules = List.copyOf(rules);
    }

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    public boolean clean() {
        return findings.isEmpty();
    }
}
