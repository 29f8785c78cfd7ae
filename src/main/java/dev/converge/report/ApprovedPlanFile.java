package dev.converge.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import dev.converge.error.ConvergeException;
import dev.converge.model.Catalog;
import dev.converge.model.CatalogFingerprint;
import dev.converge.plan.Hazard;
import dev.converge.plan.Phase;
import dev.converge.plan.Plan;
import dev.converge.plan.Statement;
import dev.converge.plan.Subject;

/**
 * Reads a JSON plan ({@link JsonReport}) back for {@code apply --plan}, strictly: a file of another format
 * version, or without fingerprints, statements or SQL, is an error rather than a guess.
 */
public final class ApprovedPlanFile {

    private ApprovedPlanFile() {
    }

    public static ApprovedPlan read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConvergeException("reading the plan " + file + ": " + e.getMessage()
                    + " (write one with 'converge plan --format json --out " + file + "')");
        }
        if (root == null || !root.isObject()) {
            throw invalid(file, "not a JSON object");
        }
        if (root.path("formatVersion").asInt(-1) != JsonReport.FORMAT_VERSION) {
            throw invalid(file, "formatVersion " + root.path("formatVersion") + " is not "
                    + JsonReport.FORMAT_VERSION + "; plan it again with this version of converge");
        }
        String current = text(file, root.path("fingerprints"), "current");
        String desired = text(file, root.path("fingerprints"), "desired");
        List<String> schemas = new ArrayList<>();
        root.path("schemas").forEach(s -> schemas.add(s.asText()));
        if (schemas.isEmpty()) {
            throw invalid(file, "no managed schemas");
        }
        List<Statement> statements = new ArrayList<>();
        for (JsonNode node : root.path("statements")) {
            statements.add(statement(file, node));
        }
        Map<String, String> objects = new TreeMap<>();
        for (JsonNode node : root.path("objects")) {
            if (node.hasNonNull("current")) {
                objects.put(node.path("id").asText(), node.path("current").asText());
            }
        }
        return new ApprovedPlan(file.toString(), new Plan(statements), schemas, current, desired, objects);
    }

    /**
     * The ids of the objects whose definition differs between the approved plan's current state and
     * {@code now}: what changed on the target since the plan was approved.
     */
    public static List<String> changedObjects(ApprovedPlan approved, Catalog now) {
        Map<String, String> nowObjects = new TreeMap<>();
        ManagedObjects.of(now).forEach(o -> nowObjects.put(o.id(), CatalogFingerprint.sha256(o.definition())));
        Set<String> ids = new TreeSet<>(nowObjects.keySet());
        ids.addAll(approved.currentObjects().keySet());
        return ids.stream().filter(id -> !java.util.Objects.equals(nowObjects.get(id),
                approved.currentObjects().get(id))).toList();
    }

    private static Statement statement(Path file, JsonNode node) {
        EnumSet<Hazard> hazards = EnumSet.noneOf(Hazard.class);
        for (JsonNode hazard : node.path("hazards")) {
            String name = hazard.asText().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                hazards.add(Hazard.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw invalid(file, "unknown hazard '" + hazard.asText() + "' in statement " + node.path("index"));
            }
        }
        Statement.Action action;
        try {
            action = Statement.Action.valueOf(text(file, node, "action").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(file, "unknown action in statement " + node.path("index"));
        }
        if (!node.path("transactional").isBoolean()) {
            throw invalid(file, "statement " + node.path("index") + " has no 'transactional'");
        }
        // Plans saved before phases existed have none; such a plan is applied whole, so the phase only labels it.
        Phase phase = node.path("phase").isTextual() ? Phase.fromLabel(node.path("phase").asText())
                .orElseThrow(() -> invalid(file, "statement " + node.path("index") + " has an unknown phase"))
                : Phase.EXPAND;
        String sql = text(file, node, "sql");
        // The names are text here: the subject's kind is typed again, its object stays unknown.
        Subject subject = Subject.fromLabel(text(file, node, "objectKind"), text(file, node, "objectName"))
                .orElseThrow(() -> invalid(file, "statement " + node.path("index") + " has an unknown objectKind"));
        return new Statement(sql, execution(file, node, sql), hazards, action, subject, text(file, node, "summary"),
                phase);
    }

    /**
     * How the statement runs. Plans saved before {@code execution} existed have only {@code transactional}; their
     * concurrent index builds and drops are recognised by their text, the one place that reads SQL for this.
     */
    private static Statement.Execution execution(Path file, JsonNode node, String sql) {
        if (node.path("execution").isTextual()) {
            return Statement.Execution.fromLabel(node.path("execution").asText())
                    .orElseThrow(() -> invalid(file, "statement " + node.path("index") + " has an unknown execution"));
        }
        if (node.path("transactional").asBoolean()) {
            return Statement.Execution.TRANSACTION;
        }
        boolean concurrent = sql.startsWith("CREATE INDEX CONCURRENTLY ")
                || sql.startsWith("CREATE UNIQUE INDEX CONCURRENTLY ") || sql.startsWith("DROP INDEX CONCURRENTLY ");
        return concurrent ? Statement.Execution.CONCURRENTLY : Statement.Execution.ON_ITS_OWN;
    }

    private static String text(Path file, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw invalid(file, "missing '" + field + "'");
        }
        return value.asText();
    }

    private static ConvergeException invalid(Path file, String why) {
        return new ConvergeException("reading the plan " + file + ": " + why
                + " (expected the JSON written by 'converge plan --format json')");
    }
}
