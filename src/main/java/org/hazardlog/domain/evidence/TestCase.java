package org.hazardlog.domain.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One {@code <testcase>} of a JUnit XML report: its classname, name and (when the tool writes one)
 * file attribute, and its outcome.
 *
 * <p>A link's pattern is matched against every id of the test case (see {@link #ids()}), so one
 * link can be written the way the team names its tests:
 * <ul>
 *   <li>{@code name} - the test's name alone, as hazard texts often cite it;</li>
 *   <li>{@code classname#name} - JUnit, Surefire, Gradle, go-junit-report ({@code org.acme.EhrTest#testRace});</li>
 *   <li>{@code file::name} - when the report has a file attribute (pytest's xunit1 family, jest-junit with
 *       {@code addFileAttribute});</li>
 *   <li>{@code a/b/c.py::name} and {@code a/b/c.py::Class::name} - pytest's node ids worked out from a dotted
 *       classname {@code a.b.c} or {@code a.b.c.Class}, for pytest's default report, which has no file attribute.</li>
 * </ul>
 */
public record TestCase(String classname, String name, String file, TestOutcome outcome) {

    private static final Pattern DOTTED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    public TestCase {
        classname = classname == null ? "" : classname.strip();
        name = name == null ? "" : name.strip();
        file = file == null ? "" : file.strip().replace('\\', '/');
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == TestOutcome.MISSING) {
            throw new IllegalArgumentException("a test case in a report is never missing");
        }
    }

    /**
     * The one id that tells two test cases apart: {@code file::classname#name}, without the parts
     * the report does not give. Two test cases with the same key are the same test reported twice.
     */
    public String key() {
        String id = classname.isEmpty() ? name : classname + "#" + name;
        return file.isEmpty() ? id : file + "::" + id;
    }

    /** The id shown to people: {@code classname#name}, or the name when there is no classname. */
    public String id() {
        return classname.isEmpty() ? name : classname + "#" + name;
    }

    /** Every id a link may use for this test case, as listed in the class comment. */
    public List<String> ids() {
        return ids(true);
    }

    /** The ids, with or without the pytest node ids worked out from the classname (only links naming a .py file use them). */
    public List<String> ids(boolean withPytestNodeIds) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(name);
        if (!classname.isEmpty()) {
            ids.add(classname + "#" + name);
        }
        if (!file.isEmpty()) {
            ids.add(file + "::" + name);
        }
        if (withPytestNodeIds) {
            ids.addAll(pytestNodeIds());
        }
        return new ArrayList<>(ids);
    }

    /** {@code a.b.c.Class} may be module a/b/c.py with class Class, or module a/b/c/Class.py: both are offered. */
    private List<String> pytestNodeIds() {
        if (!DOTTED_NAME.matcher(classname).matches()) {
            return List.of();
        }
        String[] parts = classname.split("\\.");
        List<String> ids = new ArrayList<>(parts.length);
        for (int split = parts.length; split >= 1; split--) {
            StringBuilder id = new StringBuilder(String.join("/", List.of(parts).subList(0, split))).append(".py");
            for (int i = split; i < parts.length; i++) {
                id.append("::").append(parts[i]);
            }
            ids.add(id.append("::").append(name).toString());
        }
        return ids;
    }
}
