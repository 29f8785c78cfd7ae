package dev.converge.report;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.converge.lint.Reported;
import dev.converge.lint.RuleInfo;
import dev.converge.lint.Severity;

/**
 * Lint as SARIF 2.1.0 for code scanning: one rule per lint rule ({@code converge.lint.<id>}, with its reason, fix
 * and configured level), one result per finding at the file and line of its object, and the suppressed findings as
 * results with an in-source suppression, which code scanning shows as dismissed rather than hiding.
 */
public final class LintSarifReport implements LintRenderer {

    @Override
    public String render(LintReport report) {
        ObjectNode root = Json.object();
        root.put("$schema", SarifReport.SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "converge");
        List<RuleInfo> rules = report.result().rules();
        ArrayNode ruleArray = driver.putArray("rules");
        for (RuleInfo rule : rules) {
            ObjectNode node = ruleArray.addObject();
            node.put("id", ruleId(rule.id()));
            node.putObject("shortDescription").put("text", rule.reason());
            node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        }
        ArrayNode results = run.putArray("results");
        for (Reported finding : report.result().findings()) {
            result(results, finding, rules);
        }
        for (Reported finding : report.result().suppressed()) {
            ObjectNode result = result(results, finding, rules);
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "inSource");
            suppression.put("justification", "converge:nolint at " + finding.suppressedBy().location());
        }
        return Json.write(root);
    }

    static String ruleId(String id) {
        return "converge.lint." + id;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        };
    }

    private static ObjectNode result(ArrayNode results, Reported finding, List<RuleInfo> rules) {
        ObjectNode result = results.addObject();
        result.put("ruleId", ruleId(finding.rule()));
        int index = 0;
        while (index < rules.size() && !rules.get(index).id().equals(finding.rule())) {
            index++;
        }
        result.put("ruleIndex", index);
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.finding().message() + " (fix: " + finding.finding().hint()
                + ")");
        if (finding.location() != null) {
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", SarifReport.uri(finding.location().file()));
            if (!artifact.path("uri").asText().startsWith("file:")) {
                artifact.put("uriBaseId", "%SRCROOT%");
            }
            ObjectNode region = physical.putObject("region");
            region.put("startLine", finding.location().line());
            region.put("startColumn", finding.location().column());
        }
        result.putObject("properties").put("object", finding.finding().subject().toString());
        return result;
    }
}
