package dev.converge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.converge.app.DiagramWorkflow;
import dev.converge.app.PlanResult;
import dev.converge.app.PlanWorkflow;
import dev.converge.app.Progress;
import dev.converge.app.Reports;
import dev.converge.app.Target;
import dev.converge.report.PlanReport;
import dev.converge.report.ReportFormat;
import dev.converge.report.Ansi;
import dev.converge.report.diagram.MermaidEr;
import dev.converge.testing.TestDatabase;
import dev.converge.testing.TestServer;

/**
 * The pictures as a person sees them: the HTML pages of {@code inspect --format html} and {@code plan --format
 * html}, and the mermaid text of {@code inspect --format mermaid} and of the markdown plan report, opened in
 * headless Chromium. Each must draw a node for every expected table with no console error; a screenshot of each is
 * kept under target/browser/ as a build artifact.
 */
class PicturesInTheBrowserTest {

    private static final Path OUT = Path.of("target", "browser").toAbsolutePath();
    private static final List<String> SHOP_TABLES = List.of("public.customers", "public.order_lines",
            "public.orders", "public.payments", "public.products");

    static Chromium chromium;
    static TestDatabase target;
    static PlanReport plan;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.start(OUT);
        target = TestDatabase.create();
        PlanResult v1 = new PlanWorkflow(Progress.SILENT).plan(shop("v1"));
        for (var statement : v1.plan().statements()) {
            target.execute(statement.sql());
        }
        PlanResult v2 = new PlanWorkflow(Progress.SILENT).plan(shop("v2"));
        plan = Reports.of("plan", shop("v2"), v2);
    }

    private static Target shop(String version) {
        return new Target(target.spec(), List.of(Path.of("schema-examples", "shop", version)), Set.of(), null);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (target != null) {
            target.close();
        }
    }

    @Test
    void theInspectPageDrawsEveryTableAndForeignKey() throws Exception {
        var picture = new DiagramWorkflow(Progress.SILENT).ofDesired(List.of(Path.of("schema-examples", "shop",
                "v2")), Set.of(), List.of(), List.of(), TestServer.admin());
        Path page = write("inspect.html", dev.converge.report.diagram.DiagramFormat.HTML.render(picture.diagram(),
                picture.facts()));
        chromium.open(page, "document.querySelector('svg.converge-er')");
        JsonNode tables = chromium.evaluate("[...document.querySelectorAll('g.table')].map(g => "
                + "({name: g.dataset.table, width: g.getBBox().width, height: g.getBBox().height}))");
        assertThat(tables.findValuesAsText("name")).containsExactlyInAnyOrderElementsOf(SHOP_TABLES);
        assertThat(tables.findValues("width")).allMatch(w -> w.asDouble() > 50);
        assertThat(tables.findValues("height")).allMatch(h -> h.asDouble() > 40);
        assertThat(chromium.evaluate("document.querySelectorAll('path.edge.fk').length").asInt()).isEqualTo(4);
        assertThat(chromium.evaluate("[...document.querySelectorAll('g.table[data-table=\"public.orders\"] "
                + "g.row')].map(r => r.dataset.column)")).extracting(JsonNode::asText)
                .contains("id", "customer_id", "status", "total");
        assertThat(chromium.errors()).isEmpty();
        assertThat(chromium.screenshot(OUT.resolve("inspect.png"))).isNotEmptyFile();
    }

    @Test
    void thePlanPageShowsTheTablesStyledByWhatThePlanDoes() throws Exception {
        Path page = write("plan.html", ReportFormat.HTML.renderer(new Ansi(false)).render(plan));
        chromium.open(page, "document.querySelector('svg.converge-er')");
        JsonNode status = chromium.evaluate("Object.fromEntries([...document.querySelectorAll('g.table')]"
                + ".map(g => [g.dataset.table, g.dataset.status]))");
        assertThat(status.path("public.payments").asText()).isEqualTo("added");
        assertThat(status.path("public.customers").asText()).isEqualTo("changed");
        assertThat(chromium.evaluate("[...document.querySelectorAll('g.table[data-table=\"public.customers\"] "
                + "g.row.dropped')].map(r => r.dataset.column)").get(0).asText()).isEqualTo("fax");
        String text = chromium.evaluate("document.body.innerText").asText();
        assertThat(text).contains("Hazards", "deletes-data", "Data checks", "public.customers", "SQL",
                "ALTER TABLE public.customers DROP COLUMN fax");
        // Self-contained: nothing for the browser to fetch (the SVG namespace is a name, not a request).
        assertThat(page).content().doesNotContain("<script", "<link", "src=\"", "href=\"", "url(http");
        assertThat(chromium.errors()).isEmpty();
        assertThat(chromium.screenshot(OUT.resolve("plan.png"))).isNotEmptyFile();
    }

    @Test
    void theMermaidTextRendersWithMermaid() throws Exception {
        var picture = new DiagramWorkflow(Progress.SILENT).ofDesired(List.of(Path.of("schema-examples", "shop",
                "v2")), Set.of(), List.of(), List.of(), TestServer.admin());
        String markdown = ReportFormat.MARKDOWN.renderer(new Ansi(false)).render(plan);
        String flow = markdown.substring(markdown.indexOf("```mermaid\n") + 11, markdown.indexOf("```\n\nGreen"));
        Path page = write("mermaid.html", MermaidScript.page("converge mermaid",
                List.of(MermaidEr.render(picture.diagram()), flow)));
        chromium.open(page, "document.body.dataset.rendered");
        assertThat(chromium.evaluate("document.body.dataset.rendered").asText()).as(chromium.errors().toString())
                .isEqualTo("yes");
        JsonNode er = chromium.evaluate("[...document.querySelectorAll('pre.mermaid')[0]"
                + ".querySelectorAll('svg g.node')].map(g => g.id)");
        assertThat(er).hasSize(SHOP_TABLES.size());
        for (String table : SHOP_TABLES) {
            assertThat(er.toString()).contains("entity-" + table);
        }
        JsonNode flowNodes = chromium.evaluate("[...document.querySelectorAll('pre.mermaid')[1]"
                + ".querySelectorAll('svg g.node')].map(g => g.textContent)");
        assertThat(flowNodes).hasSize(5);
        assertThat(flowNodes.toString()).contains("payments", "customers", "- fax");
        assertThat(chromium.evaluate("document.querySelectorAll('pre.mermaid')[1].querySelector('g.node.added')"
                + " !== null").asBoolean()).isTrue();
        assertThat(chromium.errors()).isEmpty();
        assertThat(chromium.screenshot(OUT.resolve("mermaid.png"))).isNotEmptyFile();
    }

    private static Path write(String name, String content) throws Exception {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
