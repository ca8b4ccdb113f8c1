package org.hazardlog.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.hazardlog.domain.evidence.TestCase;
import org.hazardlog.domain.evidence.TestOutcome;

/**
 * Reads one JUnit XML report, streaming: the shape written by Maven Surefire and Failsafe, Gradle,
 * pytest {@code --junitxml}, jest-junit, go-junit-report and the dotnet loggers. The root is
 * {@code <testsuites>} or {@code <testsuite>}; suites may nest; each {@code <testcase>} has a name,
 * usually a classname, sometimes a file, and fails when it has a {@code <failure>} or
 * {@code <error>} child, is skipped when it has a {@code <skipped>} child, and passes otherwise.
 * Surefire's {@code <flakyFailure>} and {@code <rerunFailure>} record earlier attempts of a test
 * that then passed or failed on its own element, so they do not change the outcome.
 *
 * <p>Only the attributes and element names are read, never the (possibly huge) failure texts into
 * memory as a whole. A DOCTYPE is refused outright: a report never needs one, and without DTDs
 * there are no entities to expand (the "billion laughs" bomb) and no external files to fetch.
 */
public final class JunitReportReader {

    /** Larger reports are refused: a 100,000-test report with stack traces is well under this. */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    private final long maxBytes;

    public JunitReportReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public JunitReportReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public List<TestCase> read(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ReportRefusedException("test report " + file + " does not exist");
        } catch (IOException e) {
            throw new ReportRefusedException("test report " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (Files.isDirectory(file)) {
            throw new ReportRefusedException("test report " + file + " is a folder; name the XML files in it");
        }
        if (size > maxBytes) {
            throw new ReportRefusedException(String.format(Locale.ROOT,
                    "test report %s is %,d bytes; reports over %,d bytes are refused", file, size, maxBytes));
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                return testCases(file, xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new ReportRefusedException("test report " + file + " is not well-formed XML" + at(e.getLocation())
                    + ": " + firstLine(e) + " (is it truncated or not a JUnit XML report?)", e);
        } catch (IOException e) {
            throw new ReportRefusedException("test report " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external reference " + systemId + " refused");
        });
        return f;
    }

    private List<TestCase> testCases(Path file, XMLStreamReader xml) throws XMLStreamException {
        List<TestCase> found = new ArrayList<>();
        Deque<String> suiteFiles = new ArrayDeque<>();
        boolean rootSeen = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ReportRefusedException("test report " + file + " declares a DOCTYPE" + at(xml.getLocation())
                        + "; JUnit reports never need one, and DTDs are refused so that no entity is expanded "
                        + "and no external file is read");
            }
            if (event == XMLStreamConstants.END_ELEMENT && "testsuite".equals(xml.getLocalName())) {
                suiteFiles.pop();
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = xml.getLocalName();
            if (!rootSeen) {
                rootSeen = true;
                if (!element.equals("testsuites") && !element.equals("testsuite")) {
                    throw new ReportRefusedException("test report " + file + " is not a JUnit XML report: its root "
                            + "element is <" + element + ">, not <testsuites> or <testsuite>");
                }
            }
            if (element.equals("testsuite")) {
                String suiteFile = attribute(xml, "file");
                suiteFiles.push(suiteFile.isEmpty() && !suiteFiles.isEmpty() ? suiteFiles.peek() : suiteFile);
            } else if (element.equals("testcase")) {
                found.add(testCase(file, xml, suiteFiles.isEmpty() ? "" : suiteFiles.peek()));
            }
        }
        if (found.isEmpty()) {
            throw new ReportRefusedException("test report " + file + " has no test cases; a report without "
                    + "<testcase> elements is evidence of nothing");
        }
        return found;
    }

    /** Reads one testcase to its end tag; the reader is left on that end tag. */
    private static TestCase testCase(Path file, XMLStreamReader xml, String suiteFile) throws XMLStreamException {
        String where = at(xml.getLocation());
        String name = attribute(xml, "name");
        if (name.isEmpty()) {
            throw new ReportRefusedException("test report " + file + " has a <testcase> without a name" + where);
        }
        String classname = attribute(xml, "classname");
        String testFile = attribute(xml, "file");
        boolean failed = false;
        boolean skipped = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2) {
                    switch (xml.getLocalName()) {
                        case "failure", "error" -> failed = true;
                        case "skipped" -> skipped = true;
                        default -> {
                            // system-out, system-err, properties, flakyFailure, rerunFailure ...: not an outcome
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the report ends inside a <testcase>", xml.getLocation());
            }
        }
        TestOutcome outcome = failed ? TestOutcome.FAILED : skipped ? TestOutcome.SKIPPED : TestOutcome.PASSED;
        return new TestCase(classname, name, testFile.isEmpty() ? suiteFile : testFile, outcome);
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String v = xml.getAttributeValue(null, name);
        return v == null ? "" : v.strip();
    }

    private static String at(Location l) {
        return l == null || l.getLineNumber() < 0 ? "" : " at line " + l.getLineNumber() + ", column " + l.getColumnNumber();
    }

    private static String firstLine(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // The JDK's message starts with "ParseError at [row,col]:[r,c]\nMessage: ..."; keep the message.
        int i = m.indexOf("Message: ");
        String text = i >= 0 ? m.substring(i + "Message: ".length()) : m;
        int nl = text.indexOf('\n');
        return (nl >= 0 ? text.substring(0, nl) : text).strip();
    }
}
