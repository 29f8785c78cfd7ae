package dev.converge.report;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.converge.lint.Reported;
import dev.converge.lint.RuleInfo;
import dev.converge.lint.Severity;

/**
 * Lint as JUnit XML: a test case per finding (an error fails it; a warning passes with the message as output; a
 * suppressed finding is skipped, naming its nolint line), and a passing case for each rule that found nothing, so
 * that CI lists every rule that ran.
 */
public final class LintJunitReport implements LintRenderer {

    @Override
    public String render(LintReport report) {
        List<Reported> findings = report.result().findings();
        List<Reported> suppressed = report.result().suppressed();
        List<RuleInfo> quiet = report.result().rules().stream()
                .filter(r -> r.severity() != Severity.OFF && (!r.needsPlan() || report.result().planChecked()))
                .filter(r -> findings.stream().noneMatch(f -> f.rule().equals(r.id()))).toList();
        int tests = findings.size() + suppressed.size() + quiet.size();
        String failures = String.valueOf(report.result().errors());
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "converge lint");
            xml.writeAttribute("tests", String.valueOf(tests));
            xml.writeAttribute("failures", failures);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", report.title());
            xml.writeAttribute("tests", String.valueOf(tests));
            xml.writeAttribute("failures", failures);
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(suppressed.size()));
            for (Reported finding : findings) {
                testCase(xml, finding);
            }
            for (Reported finding : suppressed) {
                testCase(xml, finding);
            }
            for (RuleInfo rule : quiet) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("testcase");
                xml.writeAttribute("classname", "converge.lint." + rule.id());
                xml.writeAttribute("name", rule.id() + ": no findings");
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing JUnit XML", e);
        }
        return text + "\n";
    }

    private static void testCase(XMLStreamWriter xml, Reported finding) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "converge.lint." + finding.rule());
        xml.writeAttribute("name", finding.finding().subject().toString());
        if (finding.location() != null) {
            xml.writeAttribute("file", finding.location().file());
            xml.writeAttribute("line", String.valueOf(finding.location().line()));
        }
        xml.writeCharacters("\n      ");
        if (finding.suppressed()) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", "suppressed by converge:nolint at " + finding.suppressedBy().location()
                    + ": " + finding.finding().message());
        } else if (finding.severity() == Severity.ERROR) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", finding.rule());
            xml.writeAttribute("message", finding.finding().message());
            xml.writeCharacters("fix: " + finding.finding().hint());
            xml.writeEndElement();
        } else {
            xml.writeStartElement("system-out");
            xml.writeCharacters("warning: " + finding.finding().message() + "\nfix: " + finding.finding().hint());
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }
}
