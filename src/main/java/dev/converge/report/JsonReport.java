package dev.converge.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.converge.model.CatalogFingerprint;
import dev.converge.plan.Hazard;
import dev.converge.plan.Statement;

/**
 * The machine format, schema documented in docs/json-format.md ({@code formatVersion} 1): every statement with
 * its object id and hazards, every changed object with its statements and definition diff, every managed object
 * with the fingerprints of its definitions, and the fingerprints of both catalogs that {@code apply --plan}
 * checks. Stable order and no timestamps: the same plan always gives the same bytes.
 */
public final class JsonReport implements ReportRenderer {

    public static final int FORMAT_VERSION = 1;

    @Override
    public String render(PlanReport report) {
        PlanAnalysis analysis = new PlanAnalysis(report);
        ObjectNode root = Json.object();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tool", "converge");
        root.put("command", report.command());
        root.put("target", report.target());
        ArrayNode schemas = root.putArray("schemas");
        report.schemas().forEach(schemas::add);
        ObjectNode fingerprints = root.putObject("fingerprints");
        fingerprints.put("algorithm", "sha-256");
        fingerprints.put("current", CatalogFingerprint.of(report.current()));
        fingerprints.put("desired", CatalogFingerprint.of(report.desired()));
        root.set("summary", summary(report, analysis));
        root.set("hazards", hazards(report, analysis));
        root.set("statements", statements(report, analysis));
        root.set("changes", changes(analysis));
        root.set("objects", objects(analysis));
        ArrayNode unmanaged = root.putArray("unmanagedObjects");
        report.unmanagedObjects().forEach(unmanaged::add);
        return Json.write(root);
    }

    private static ObjectNode summary(PlanReport report, PlanAnalysis analysis) {
        ObjectNode summary = Json.object();
        List<Statement> statements = report.plan().statements();
        summary.put("changed", !statements.isEmpty());
        summary.put("statements", statements.size());
        for (Statement.Action action : Statement.Action.values()) {
            summary.put(action.name().toLowerCase(java.util.Locale.ROOT),
                    statements.stream().filter(s -> s.action() == action).count());
        }
        summary.put("objects", analysis.objects().size());
        summary.put("driftedObjects", analysis.drifted().size());
        Map<String, Integer> byHazard = new TreeMap<>();
        statements.forEach(s -> Hazards.names(s).forEach(h -> byHazard.merge(h, 1, Integer::sum)));
        ObjectNode hazards = summary.putObject("hazards");
        byHazard.forEach(hazards::put);
        return summary;
    }

    private static ArrayNode hazards(PlanReport report, PlanAnalysis analysis) {
        ArrayNode hazards = Json.MAPPER.createArrayNode();
        List<Statement> statements = report.plan().statements();
        for (int i = 0; i < statements.size(); i++) {
            for (Hazard hazard : statements.get(i).hazards().stream().sorted().toList()) {
                ObjectNode node = hazards.addObject();
                node.put("hazard", hazard.flagName());
                node.put("destructive", hazard.destructive());
                node.put("allowedBy", Hazards.allowedBy(hazard));
                node.put("statement", i);
                node.put("objectId", analysis.objectId(i));
                node.put("summary", statements.get(i).summary());
            }
        }
        return hazards;
    }

    private static ArrayNode statements(PlanReport report, PlanAnalysis analysis) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        List<Statement> statements = report.plan().statements();
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            ObjectNode node = array.addObject();
            node.put("index", i);
            node.put("objectId", analysis.objectId(i));
            node.put("objectKind", statement.subject().label());
            node.put("objectName", statement.subject().name());
            node.put("action", statement.action().name().toLowerCase(java.util.Locale.ROOT));
            node.put("summary", statement.summary());
            node.put("transactional", statement.transactional());
            node.put("execution", statement.execution().label());
            node.put("phase", statement.phase().label());
            ArrayNode hazards = node.putArray("hazards");
            Hazards.names(statement).forEach(hazards::add);
            node.put("sql", statement.sql());
        }
        return array;
    }

    private static ArrayNode changes(PlanAnalysis analysis) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ObjectState object : analysis.drifted()) {
            ObjectNode node = array.addObject();
            node.put("objectId", object.id());
            node.put("kind", object.kind());
            node.put("name", object.name());
            node.put("status", object.status());
            ArrayNode indexes = node.putArray("statements");
            object.statements().forEach(indexes::add);
            node.put("diff", object.diff());
        }
        return array;
    }

    private static ArrayNode objects(PlanAnalysis analysis) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ObjectState object : analysis.objects()) {
            ObjectNode node = array.addObject();
            node.put("id", object.id());
            node.put("kind", object.kind());
            node.put("name", object.name());
            node.put("status", object.status());
            node.put("current", object.current() == null ? null : CatalogFingerprint.sha256(object.current()));
            node.put("desired", object.desired() == null ? null : CatalogFingerprint.sha256(object.desired()));
            if (object.location() == null) {
                node.putNull("definedAt");
            } else {
                ObjectNode at = node.putObject("definedAt");
                at.put("file", object.location().file());
                at.put("line", object.location().line());
                at.put("column", object.location().column());
            }
        }
        return array;
    }
}
