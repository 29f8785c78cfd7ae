package dev.converge.report;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.converge.plan.Statement;

/**
 * JUnit XML, which every CI shows: one test case per managed object (of the current or the desired catalog), in
 * a class named after its kind, failed when the plan changes it, with the statements and the definition diff
 * as the failure's text. Written with the JDK's StAX writer, so escaping is the XML library's business.
 */
public final class JunitReport implements ReportRenderer {

    @Override
    public String render(PlanReport report) {
        PlanAnalysis analysis = new PlanAnalysis(report);
        List<ObjectState> objects = analysis.objects();
        int failures = analysis.drifted().size();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "converge " + report.command());
            xml.writeAttribute("tests", String.valueOf(objects.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "converge " + report.command() + " " + report.target());
            xml.writeAttribute("tests", String.valueOf(objects.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (ObjectState object : objects) {
                testCase(xml, object, report.plan().statements());
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

    private static void testCase(XMLStreamWriter xml, ObjectState object, List<Statement> statements)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "converge." + object.kind().replace(' ', '_'));
        xml.writeAttribute("name", object.name());
        if (object.location() != null) {
            xml.writeAttribute("file", object.location().file());
            xml.writeAttribute("line", String.valueOf(object.location().line()));
        }
        if (object.drifted()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", "drift");
            xml.writeAttribute("message", object.kind() + " " + object.name() + " differs from the desired state ("
                    + object.status() + ", " + object.statements().size() + " statement(s) to converge)");
            xml.writeCharacters(details(object, statements));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static String details(ObjectState object, List<Statement> statements) {
        StringBuilder out = new StringBuilder();
        String diff = object.diff();
        if (diff != null) {
            out.append(diff).append("\n\n");
        }
        for (int index : object.statements()) {
            Statement statement = statements.get(index);
            out.append("-- ").append(statement.summary()).append('\n').append(statement.sql()).append('\n');
        }
        return out.toString();
    }
}
