package org.hazardlog.domain.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;

/**
 * Test names that a control's text cites in backticks, as hazard files often do ("Unit test
 * {@code `test_get_or_create_ehr_race_condition_unresolvable`}: verifies ..."). Only a span that
 * reads as a test is proposed: one word with "test" in it as a word or a camel-case part
 * ({@code test_...}, {@code TestXxx}, {@code ...Test#method}, {@code tests/x.py::name}, {@code x.test.js}),
 * so that code names in backticks ({@code `NHS_NUMBER`}, {@code `latest`}) are left alone. Proposals are never
 * linked silently: the import lists them, and links them only when asked.
 */
public final class NamedTests {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\s]{3,300})`");
    /** "test" or "Test" as a word or a camel-case part: test_x, TestX, EhrTest#x, x_test.go, a.test.js; not "latest". */
    private static final Pattern TEST_WORD = Pattern.compile("(^|[^A-Za-z])[Tt]ests?([^a-z]|$)|[a-z0-9]Tests?([^a-z]|$)");

    private NamedTests() {
    }

    /** The links a control's text proposes that it does not have yet, as implementation evidence. */
    public static List<TestLink> proposedFor(Control c) {
        Set<String> have = new LinkedHashSet<>();
        c.tests().forEach(t -> have.add(t.pattern()));
        List<TestLink> out = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(c.text());
        while (m.find()) {
            String name = m.group(1);
            if (looksLikeATest(name) && have.add(name)) {
                out.add(new TestLink(name, TestKind.IMPLEMENTATION));
            }
        }
        return out;
    }

    static boolean looksLikeATest(String word) {
        return TEST_WORD.matcher(word).find();
    }
}
