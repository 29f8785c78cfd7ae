package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.converge.plan.Statement;
import dev.converge.report.Ansi;
import dev.converge.report.JsonReport;
import dev.converge.report.JunitReport;
import dev.converge.report.MarkdownReport;
import dev.converge.report.PlanReport;
import dev.converge.report.SarifReport;
import dev.converge.report.SqlReport;
import dev.converge.report.TextReport;
import dev.converge.testing.TestDatabase;

/**
 * Every report format (in the app package: it needs the plan workflow, which the report package may not use) on one real plan, each read back with a parser (Jackson, the JDK's XML parser) rather
 * than compared as strings: JSON is complete and byte-stable, JUnit has one case per object, SARIF has the
 * required 2.1.0 structure and points at the definitions, markdown puts hazards first, SQL runs.
 */
class ReportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path desiredDir;

    private static TestDatabase db;
    private static PlanReport report;

    @BeforeAll
    static void plan() {
        db = TestDatabase.withSql(ReportScenario.CURRENT);
        report = ReportScenario.report(db, ReportScenario.writeDesired(desiredDir), "drift");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void jsonHasEveryStatementHazardChangeAndObjectAndIsByteStable() throws Exception {
        String text = new JsonReport().render(report);
        JsonNode json = JSON.readTree(text);
        assertThat(json.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.path("fingerprints").path("current").asText()).matches("[0-9a-f]{64}");
        assertThat(json.path("fingerprints").path("desired").asText()).matches("[0-9a-f]{64}")
                .isNotEqualTo(json.path("fingerprints").path("current").asText());

        List<Statement> statements = report.plan().statements();
        assertThat(json.path("statements")).hasSize(statements.size());
        int hazards = 0;
        for (int i = 0; i < statements.size(); i++) {
            JsonNode statement = json.path("statements").get(i);
            assertThat(statement.path("index").asInt()).isEqualTo(i);
            assertThat(statement.path("sql").asText()).isEqualTo(statements.get(i).sql());
            assertThat(statement.path("objectId").asText()).isNotBlank();
            assertThat(statement.path("hazards")).hasSize(statements.get(i).hazards().size());
            hazards += statements.get(i).hazards().size();
        }
        assertThat(json.path("hazards")).hasSize(hazards);
        assertThat(hazards).isPositive();
        for (JsonNode hazard : json.path("hazards")) {
            JsonNode statement = json.path("statements").get(hazard.path("statement").asInt());
            assertThat(statement.path("hazards").toString()).contains(hazard.path("hazard").asText());
            assertThat(hazard.path("objectId").asText()).isEqualTo(statement.path("objectId").asText());
        }

        Set<String> changed = new HashSet<>();
        json.path("changes").forEach(c -> changed.add(c.path("objectId").asText()));
        assertThat(changed).isEqualTo(ReportScenario.DRIFTED);
        JsonNode view = find(json.path("changes"), "objectId", "view:public.customer_names");
        assertThat(view.path("status").asText()).isEqualTo("changed");
        assertThat(view.path("diff").asText()).contains("+++ desired/view:public.customer_names").contains("upper");
        assertThat(find(json.path("changes"), "objectId", "table:public.orders").path("status").asText())
                .isEqualTo("created");
        assertThat(find(json.path("changes"), "objectId", "table:public.old_stuff").path("status").asText())
                .isEqualTo("dropped");

        JsonNode keep = find(json.path("objects"), "id", "table:public.keep");
        assertThat(keep.path("status").asText()).isEqualTo("unchanged");
        assertThat(keep.path("current").asText()).isEqualTo(keep.path("desired").asText());
        assertThat(keep.path("definedAt").path("file").asText()).endsWith("tables.sql");
        assertThat(keep.path("definedAt").path("line").asInt()).isEqualTo(8);
        assertThat(find(json.path("objects"), "id", "table:public.customers").path("definedAt").path("line")
                .asInt()).isEqualTo(2);
        assertThat(find(json.path("objects"), "id", "table:public.orders").path("definedAt").path("line")
                .asInt()).isEqualTo(3);

        assertThat(new JsonReport().render(report)).as("same report, same bytes").isEqualTo(text);
        PlanReport again = ReportScenario.report(db, desiredDir, "drift");
        assertThat(new JsonReport().render(again)).as("same plan computed again, same bytes").isEqualTo(text);
    }

    @Test
    void junitHasOneCasePerManagedObjectFailedWhereItDrifted() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(new JunitReport().render(report).getBytes(StandardCharsets.UTF_8)));
        NodeList cases = xml.getElementsByTagName("testcase");
        Set<String> failed = new HashSet<>();
        Set<String> passed = new HashSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            String id = testCase.getAttribute("classname").replace("converge.", "") + ":"
                    + testCase.getAttribute("name");
            (testCase.getElementsByTagName("failure").getLength() > 0 ? failed : passed).add(id);
        }
        assertThat(failed).isEqualTo(ReportScenario.DRIFTED);
        assertThat(passed).contains("table:public.keep", "schema:public");
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(cases.getLength()));
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failed.size()));
        Element customers = testCase(cases, "public.customers");
        assertThat(customers.getAttribute("file")).endsWith("tables.sql");
        assertThat(customers.getAttribute("line")).isEqualTo("2");
        assertThat(customers.getElementsByTagName("failure").item(0).getTextContent())
                .contains("DROP COLUMN fax").contains("-    fax text");
    }

    @Test
    void sarifHasTheRequiredStructureAndPointsAtDefinitions() throws Exception {
        JsonNode sarif = JSON.readTree(new SarifReport().render(report));
        SarifStructure.assertValid(sarif);
        JsonNode results = sarif.path("runs").get(0).path("results");
        List<JsonNode> drift = new ArrayList<>();
        results.forEach(r -> {
            if (r.path("ruleId").asText().equals(SarifReport.DRIFT_RULE)) {
                drift.add(r);
            }
        });
        assertThat(drift).hasSize(ReportScenario.DRIFTED.size());
        long hazards = report.plan().statements().stream().mapToLong(s -> s.hazards().size()).sum();
        assertThat(results).hasSize((int) (drift.size() + hazards));
        JsonNode customers = find(results, r -> r.path("ruleId").asText().equals(SarifReport.DRIFT_RULE)
                && r.path("properties").path("objectId").asText().equals("table:public.customers"));
        JsonNode location = customers.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).endsWith("tables.sql");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(2);
        assertThat(customers.path("level").asText()).isEqualTo("error");
        JsonNode dropped = find(results, r -> r.path("properties").path("objectId").asText()
                .equals("table:public.old_stuff") && r.path("ruleId").asText().equals(SarifReport.DRIFT_RULE));
        assertThat(dropped.has("locations")).as("a dropped object has no definition to point at").isFalse();
        JsonNode deletes = find(results, r -> r.path("ruleId").asText().equals("converge.hazard.deletes-data")
                && r.path("message").path("text").asText().contains("fax"));
        assertThat(deletes.path("level").asText()).isEqualTo("error");
        assertThat(deletes.path("locations").get(0).path("physicalLocation").path("region").path("startLine")
                .asInt()).isEqualTo(2);
    }

    @Test
    void markdownPutsHazardsFirstCountsPerKindAndTheSqlCollapsed() {
        String markdown = new MarkdownReport().render(report);
        List<String> lines = markdown.lines().toList();
        int hazards = lines.indexOf("#### Hazards");
        int counts = lines.indexOf("#### Changes per kind");
        int sql = lines.indexOf("```sql");
        assertThat(hazards).isPositive();
        assertThat(counts).isGreaterThan(hazards);
        assertThat(sql).isGreaterThan(counts);
        assertThat(lines.get(sql - 2)).startsWith("<details><summary>SQL (");
        assertThat(lines.subList(sql, lines.size())).contains("```", "</details>");
        assertThat(lines.subList(hazards, counts)).anyMatch(l -> l.contains("`deletes-data`")
                && l.contains("drop column public.customers.fax"));
        List<List<String>> rows = lines.subList(counts, sql).stream().filter(l -> l.startsWith("| table")
                || l.startsWith("| view")).map(l -> List.of(l.split("\\s*\\|\\s*"))).toList();
        assertThat(rows).containsExactlyInAnyOrder(List.of("", "table", "1", "1", "1"),
                List.of("", "view", "0", "1", "0"));
    }

    @Test
    void textShowsDefinitionDiffsAndHazardsPerStatement() {
        String text = new TextReport(new Ansi(false)).render(report);
        assertThat(text).doesNotContain("\u001b[");
        assertThat(text).contains("--   --- current/view:public.customer_names",
                "--   +++ desired/view:public.customer_names", "--   -    fax text,", "--   +    email text",
                "hazards: deletes-data (allow with --allow-destructive)");
        int position = 0;
        for (Statement statement : report.plan().statements()) {
            int found = text.indexOf(statement.sql(), position);
            assertThat(found).as("statements in plan order: " + statement.summary()).isGreaterThanOrEqualTo(0);
            position = found;
        }
    }

    @Test
    void sqlScriptRunsAndConvergesTheDatabase(@TempDir Path scratch) throws Exception {
        try (TestDatabase copy = TestDatabase.withSql(ReportScenario.CURRENT)) {
            PlanReport planned = ReportScenario.report(copy, desiredDir, "plan");
            String script = new SqlReport().render(planned);
            assertThat(script).contains("BEGIN;", "COMMIT;");
            try (Connection connection = copy.connect(); var statement = connection.createStatement()) {
                statement.execute(script);
            }
            assertThat(ReportScenario.report(copy, desiredDir, "plan").plan().isEmpty()).isTrue();
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return find(array, n -> n.path(field).asText().equals(value));
    }

    private static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        throw new AssertionError("not found in " + array);
    }

    private static Element testCase(NodeList cases, String name) {
        for (int i = 0; i < cases.getLength(); i++) {
            if (((Element) cases.item(i)).getAttribute("name").equals(name)) {
                return (Element) cases.item(i);
            }
        }
        throw new AssertionError("no test case " + name);
    }
}
