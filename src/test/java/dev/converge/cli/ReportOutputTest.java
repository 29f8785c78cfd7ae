package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.converge.error.UsageException;
import dev.converge.report.ReportFormat;
import dev.converge.testing.TestDatabase;

/** --format/--out pairing, and plan and drift writing several reports in one run. */
class ReportOutputTest {

    private static final Path SHOP = Path.of("schema-examples/shop");

    private static ReportOptions options(List<String> formats, List<String> outs) {
        ReportOptions options = new ReportOptions();
        options.formats = formats;
        options.outs = outs.stream().map(Path::of).toList();
        return options;
    }

    @Test
    void theIthOutPairsWithTheIthFormatAndExtensionsFillIn() {
        var destinations = options(List.of("markdown", "json"), List.of("a.txt", "b.out", "c.sarif", "d.xml"))
                .destinations();
        assertThat(destinations).extracting(ReportOptions.Destination::format).containsExactly(
                ReportFormat.MARKDOWN, ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT);
        assertThat(options(List.of("sql", "junit"), List.of("x.sql")).standardOutput()).isEqualTo(ReportFormat.JUNIT);
        assertThat(options(List.of(), List.of("x.md")).standardOutput()).isNull();
    }

    @Test
    void ambiguousOptionsAreUsageErrors() {
        assertThatThrownBy(() -> options(List.of("json", "sarif"), List.of()).destinations())
                .isInstanceOf(UsageException.class).hasMessageContaining("standard output");
        assertThatThrownBy(() -> options(List.of(), List.of("report.pdf")).destinations())
                .isInstanceOf(UsageException.class).hasMessageContaining("report.pdf");
        assertThatThrownBy(() -> options(List.of("yaml"), List.of()).destinations())
                .isInstanceOf(UsageException.class).hasMessageContaining("yaml");
        assertThat(CliRun.of("plan", "--desired", "x", "--format", "yaml").exitCode()).isEqualTo(64);
    }

    @Test
    void driftWritesSeveralReportsInOneRun(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            String v1 = SHOP.resolve("v1").toString();
            assertThat(CliRun.of("apply", "--db", db.url(), "--desired", v1, "--auto-approve").exitCode()).isZero();
            Path junit = dir.resolve("drift.xml");
            Path sarif = dir.resolve("drift.sarif");
            CliRun clean = CliRun.of("drift", "--db", db.url(), "--desired", v1, "--out", junit.toString(),
                    "--out", sarif.toString(), "--format", "junit", "--format", "sarif", "--format", "json");
            assertThat(clean.exitCode()).as(clean.all()).isZero();
            var json = new ObjectMapper().readTree(clean.out());
            assertThat(json.path("summary").path("changed").asBoolean()).isFalse();
            var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
            assertThat(xml.getElementsByTagName("testcase").getLength()).isGreaterThan(3);
            assertThat(xml.getElementsByTagName("failure").getLength()).isZero();

            db.execute("ALTER TABLE products ADD COLUMN by_hand text");
            CliRun drifted = CliRun.of("drift", "--db", db.url(), "--desired", v1, "--format", "junit", "--out",
                    junit.toString(), "--format", "sarif", "--out", sarif.toString(), "--format", "markdown");
            assertThat(drifted.exitCode()).as(drifted.all()).isEqualTo(2);
            assertThat(drifted.out()).startsWith("### Converge drift").contains("| table | 0 | 1 | 0 |");
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
            assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
            var results = new ObjectMapper().readTree(Files.readString(sarif)).path("runs").get(0).path("results");
            assertThat(results.get(0).path("message").path("text").asText()).contains("public.products");
        }
    }
}
