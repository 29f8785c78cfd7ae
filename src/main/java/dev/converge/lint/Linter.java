package dev.converge.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every rule the settings leave on over the input, gives each finding its severity and its line in the
 * desired state, and sets aside those a {@code -- converge:nolint rule-id} comment suppresses. Rules that read a
 * plan run only when there is one. The result is sorted (severity, object, rule) so that reports are stable.
 */
public final class Linter {

    private static final Comparator<Reported> ORDER = Comparator.comparing(Reported::severity)
            .thenComparing(r -> r.finding().subject())
            .thenComparing(Reported::rule)
            .thenComparing(r -> r.finding().message());

    private Linter() {
    }

    public static LintResult lint(LintInput input, List<SourceLine> lines) {
        return lint(LintRules.ALL, input, lines);
    }

    static LintResult lint(List<LintRule> rules, LintInput input, List<SourceLine> lines) {
        SourceLines where = new SourceLines(lines);
        List<Reported> counted = new ArrayList<>();
        List<Reported> suppressed = new ArrayList<>();
        List<RuleInfo> infos = new ArrayList<>();
        for (LintRule rule : rules) {
            Severity severity = input.settings().severity(rule);
            infos.add(new RuleInfo(rule.id(), severity, rule.reason(), rule.needsPlan()));
            if (severity == Severity.OFF || rule.needsPlan() && input.plan().isEmpty()) {
                continue;
            }
            for (Finding finding : rule.check(input)) {
                SourceLine location = where.locate(finding.subject());
                SourceLine suppression = where.suppression(finding.subject(), rule.id());
                Reported reported = new Reported(finding, severity, location, suppression);
                (suppression == null ? counted : suppressed).add(reported);
            }
        }
        counted.sort(ORDER);
        suppressed.sort(ORDER);
        return new LintResult(counted, suppressed, infos, input.plan().isPresent());
    }
}
