package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.json.PolicyCase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The results of {@code test} as JUnit XML, the format CI servers read (Jenkins, GitLab, GitHub
 * actions that publish test reports): one {@code <testsuite>} per case file, one
 * {@code <testcase>} per case (classname: the case file; name: its line and name), a
 * {@code <failure>} listing what differed. Written with the JDK's StAX writer, which escapes.
 */
final class JunitReport {
    /** One case's outcome: the differences are empty when it passed. */
    record Result(PolicyCase policyCase, List<String> differences, long nanos) {
    }

    private static final Pattern NOT_XML =
            Pattern.compile("[\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    private final Map<String, List<Result>> byFile = new LinkedHashMap<>();

    void add(PolicyCase policyCase, List<String> differences, long nanos) {
        byFile.computeIfAbsent(policyCase.file(), f -> new ArrayList<>()).add(new Result(policyCase, differences, nanos));
    }

    /** Writes the report; {@code rules} is the rule-set digest the cases ran against, kept as a property. */
    void write(Path file, String rules) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "policy-cli test");
            xml.writeAttribute("tests", Integer.toString(count(false)));
            xml.writeAttribute("failures", Integer.toString(count(true)));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", seconds(byFile.values().stream().flatMap(List::stream).mapToLong(Result::nanos).sum()));
            for (Map.Entry<String, List<Result>> suite : byFile.entrySet()) {
                writeSuite(xml, suite.getKey(), suite.getValue(), rules);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeSuite(XMLStreamWriter xml, String file, List<Result> results, String rules)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", text(file));
        xml.writeAttribute("tests", Integer.toString(results.size()));
        xml.writeAttribute("failures", Long.toString(results.stream().filter(r -> !r.differences().isEmpty()).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(results.stream().mapToLong(Result::nanos).sum()));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", "rules");
        xml.writeAttribute("value", rules);
        xml.writeEndElement();
        for (Result result : results) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", text(file));
            xml.writeAttribute("name", text(result.policyCase().line() + ": " + result.policyCase().name()));
            xml.writeAttribute("time", seconds(result.nanos()));
            if (!result.differences().isEmpty()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", text(result.differences().get(0)));
                xml.writeAttribute("type", "decision differs");
                xml.writeCharacters(text(String.join("\n", result.differences())));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private int count(boolean failuresOnly) {
        return (int) byFile.values().stream().flatMap(List::stream)
                .filter(r -> !failuresOnly || !r.differences().isEmpty()).count();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /**
     * Text from case files with control characters escaped and the code points XML 1.0 cannot
     * carry (lone surrogates, U+FFFE, U+FFFF) replaced, so that any case name gives valid XML.
     */
    private static String text(String value) {
        String[] lines = value.split("\n", -1);
        List<String> safe = new ArrayList<>(lines.length);
        for (String line : lines) {
            safe.add(NOT_XML.matcher(SafeText.oneLine(line)).replaceAll("\uFFFD"));
        }
        return String.join("\n", safe);
    }
}
