package dev.converge.report;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.converge.plan.Hazard;
import dev.converge.plan.Statement;

/**
 * SARIF 2.1.0 for code scanning: one result per object the plan changes (rule {@code converge.drift}) and one per
 * hazard of a statement (rule {@code converge.hazard.<name>}), located at the file and line of the object's
 * CREATE statement in the desired state where there is one (a dropped object has none), so that a pull request
 * is annotated where the definition lives.
 */
public final class SarifReport implements ReportRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String DRIFT_RULE = "converge.drift";

    @Override
    public String render(PlanReport report) {
        PlanAnalysis analysis = new PlanAnalysis(report);
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "converge");
        rules(driver.putArray("rules"));
        ArrayNode results = run.putArray("results");
        boolean drift = report.command().equals("drift");
        for (ObjectState object : analysis.drifted()) {
            result(results, DRIFT_RULE, 0, drift ? "error" : "note",
                    object.kind() + " " + object.name() + " differs from the desired state (" + object.status()
                            + "; " + object.statements().size() + " statement(s) to converge)",
                    object);
        }
        List<Statement> statements = report.plan().statements();
        for (int i = 0; i < statements.size(); i++) {
            for (Hazard hazard : statements.get(i).hazards().stream().sorted().toList()) {
                String allowedBy = Hazards.allowedBy(hazard);
                result(results, hazardRule(hazard), 1 + hazard.ordinal(), hazard.destructive() ? "error" : "warning",
                        statements.get(i).summary() + ": " + hazard.flagName()
                                + (allowedBy == null ? "" : " (refused unless " + allowedBy + ")"),
                        analysis.object(analysis.objectId(i)));
            }
        }
        return Json.write(root);
    }

    static String hazardRule(Hazard hazard) {
        return "converge.hazard." + hazard.flagName();
    }

    private static void rules(ArrayNode rules) {
        ObjectNode drift = rules.addObject();
        drift.put("id", DRIFT_RULE);
        drift.putObject("shortDescription").put("text", "The database differs from the desired state");
        for (Hazard hazard : Hazard.values()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", hazardRule(hazard));
            rule.putObject("shortDescription").put("text", "A planned statement is hazardous: "
                    + hazard.flagName());
        }
    }

    private static void result(ArrayNode results, String ruleId, int ruleIndex, String level, String message,
                               ObjectState object) {
        ObjectNode result = results.addObject();
        result.put("ruleId", ruleId);
        result.put("ruleIndex", ruleIndex);
        result.put("level", level);
        result.putObject("message").put("text", message);
        if (object.location() != null) {
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            String file = object.location().file();
            Matcher git = GIT_FILE.matcher(file);
            artifact.put("uri", uri(git.matches() ? git.group(2) : file));
            if (!artifact.path("uri").asText().startsWith("file:")) {
                artifact.put("uriBaseId", "%SRCROOT%");
            }
            if (git.matches()) {
                // A desired state read from a git revision (git:REV:PATH): PATH is relative to the repository root,
                // which is what %SRCROOT% means to code scanning; the line numbers are those of revision REV.
                artifact.putObject("description").put("text", "as of git revision " + git.group(1)
                        + " (" + file + ")");
            }
            ObjectNode region = physical.putObject("region");
            region.put("startLine", object.location().line());
            region.put("startColumn", object.location().column());
        }
        result.putObject("properties").put("objectId", object.id());
    }

    /**
     * A relative path as a relative URI reference (forward slashes), resolved by code scanning against the
     * repository root; an absolute path under the working directory is made relative to it, others are file: URIs.
     */
    private static final Pattern GIT_FILE = Pattern.compile("git:([^:]+):(.+)");

    static String uri(String file) {
        Path path = Path.of(file);
        Path workingDirectory = Path.of("").toAbsolutePath();
        if (path.isAbsolute() && path.normalize().startsWith(workingDirectory)) {
            path = workingDirectory.relativize(path.normalize());
        }
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        StringBuilder uri = new StringBuilder();
        for (Path part : path.normalize()) {
            uri.append(uri.isEmpty() ? "" : "/").append(java.net.URLEncoder.encode(part.toString(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return uri.toString();
    }
}
