package dev.converge.report;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.converge.lint.Reported;
import dev.converge.lint.RuleInfo;
import dev.converge.lint.SourceLine;

/**
 * The machine format of lint ({@code formatVersion} 1, documented in docs/lint.md): the rules with the severity
 * they ran with, every finding with its object and location, and the suppressed ones with the line of their
 * nolint comment. Stable order, no timestamps.
 */
public final class LintJsonReport implements LintRenderer {

    public static final int FORMAT_VERSION = 1;

    @Override
    public String render(LintReport report) {
        ObjectNode root = Json.object();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tool", "converge");
        root.put("command", "lint");
        root.put("target", report.target());
        ArrayNode schemas = root.putArray("schemas");
        report.schemas().forEach(schemas::add);
        root.put("planChecked", report.result().planChecked());
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.result().errors());
        summary.put("warnings", report.result().warnings());
        summary.put("suppressed", report.result().suppressed().size());
        ArrayNode rules = root.putArray("rules");
        for (RuleInfo rule : report.result().rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("severity", rule.severity().label());
            node.put("readsPlan", rule.needsPlan());
            node.put("reason", rule.reason());
        }
        findings(root.putArray("findings"), report.result().findings());
        findings(root.putArray("suppressed"), report.result().suppressed());
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(notes::add);
        return Json.write(root);
    }

    private static void findings(ArrayNode array, List<Reported> findings) {
        for (Reported finding : findings) {
            ObjectNode node = array.addObject();
            node.put("rule", finding.rule());
            node.put("severity", finding.severity().label());
            node.put("objectKind", finding.finding().subject().kind());
            node.put("objectName", finding.finding().subject().qualifiedName());
            node.put("message", finding.finding().message());
            node.put("hint", finding.finding().hint());
            location(node, "location", finding.location());
            if (finding.suppressed()) {
                location(node, "suppressedAt", finding.suppressedBy());
            }
        }
    }

    private static void location(ObjectNode node, String key, SourceLine line) {
        if (line == null) {
            node.putNull(key);
            return;
        }
        ObjectNode at = node.putObject(key);
        at.put("file", line.file());
        at.put("line", line.line());
        at.put("column", line.column());
    }
}
