package org.hazardlog.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;
import org.hazardlog.scheme.RiskSchemeFile;

class ReportMatchingTest {

    private static final TestCase RACE = new TestCase("tests.test_ehr", "test_race", "", TestOutcome.PASSED);
    private static final TestCase CLASS_CASE = new TestCase("tests.test_ehr.TestDob", "test_future", "", TestOutcome.FAILED);
    private static final TestCase JAVA = new TestCase("org.acme.EhrTest", "racing", "", TestOutcome.PASSED);
    private static final TestCase JAVA_SKIP = new TestCase("org.acme.EhrTest", "slow", "", TestOutcome.SKIPPED);

    private static long ids = 1;

    private static Control control(String... patterns) {
        List<TestLink> links = new ArrayList<>();
        for (String p : patterns) {
            links.add(new TestLink(p, TestKind.IMPLEMENTATION));
        }
        return new Control(ids++, ControlCategory.TEST, ControlParty.MANUFACTURER, "control " + ids,
                ControlStatus.IMPLEMENTED, "", "", links);
    }

    private static Hazard hazard(int number, Control... controls) {
        return Hazard.builder().id((long) number).number(number).name("hazard " + number)
                .residual(Assessment.of(2, 3)).controls(List.of(controls)).build();
    }

    private static List<LinkResult> match(List<TestCase> tests, Control... controls) {
        return new ReportMatching(tests).match(List.of(hazard(1, controls))).results();
    }

    @Test
    void eachIdFormMatchesItsTest() {
        List<TestCase> tests = List.of(RACE, CLASS_CASE, JAVA);
        assertThat(match(tests, control("test_race"), control("tests.test_ehr#test_race"),
                control("tests/test_ehr.py::test_race"), control("tests/test_ehr.py::TestDob::test_future"),
                control("org.acme.EhrTest#racing")))
                .extracting(LinkResult::outcome, LinkResult::matched)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TestOutcome.PASSED, 1),
                        org.assertj.core.groups.Tuple.tuple(TestOutcome.PASSED, 1),
                        org.assertj.core.groups.Tuple.tuple(TestOutcome.PASSED, 1),
                        org.assertj.core.groups.Tuple.tuple(TestOutcome.FAILED, 1),
                        org.assertj.core.groups.Tuple.tuple(TestOutcome.PASSED, 1));
    }

    @Test
    void aGlobFailsWhenAnyTestItMatchesFailsAndIsSkippedWhenOneIsSkipped() {
        List<TestCase> tests = List.of(RACE, CLASS_CASE, JAVA, JAVA_SKIP);

        List<LinkResult> r = match(tests, control("tests/test_ehr.py::*"), control("org.acme.EhrTest#*"),
                control("org.acme.EhrTest#rac?ng"));

        assertThat(r.get(0).outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(r.get(0).matched()).isEqualTo(2);
        assertThat(r.get(0).failedTests()).isEqualTo("tests.test_ehr.TestDob#test_future");
        assertThat(r.get(1).outcome()).isEqualTo(TestOutcome.SKIPPED);
        assertThat(r.get(2).outcome()).isEqualTo(TestOutcome.PASSED);
    }

    @Test
    void aPatternMatchingNothingIsMissingAndCountsAreKept() {
        ReportMatching.Result r = new ReportMatching(List.of(RACE, JAVA)).match(List.of(hazard(4,
                control("test_deleted"), control("org.acme.EhrTest#racing"))));

        assertThat(r.results().get(0).outcome()).isEqualTo(TestOutcome.MISSING);
        assertThat(r.unmatched()).extracting(ReportMatching.Unmatched::pattern).containsExactly("test_deleted");
        assertThat(r.linkedTests()).isEqualTo(1);
        assertThat(r.unlinked()).isEqualTo(1);
    }

    @Test
    void globsFoundThroughThePrefixIndexAreExactlyThoseABruteForceScanFinds() {
        Random random = new Random(7);
        String[] words = {"ehr", "dose", "banner", "ward", "nhs", "test_", "Test", "a", "::", "#", "/", "."};
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder cls = new StringBuilder();
            StringBuilder name = new StringBuilder("t");
            for (int j = 0; j < 3; j++) {
                cls.append(words[random.nextInt(words.length)]);
                name.append(words[random.nextInt(words.length)]);
            }
            tests.add(new TestCase(cls.toString(), name + "_" + i, random.nextBoolean() ? "f" + (i % 7) + ".py" : "",
                    TestOutcome.PASSED));
        }
        ReportMatching matching = new ReportMatching(tests);
        for (int k = 0; k < 300; k++) {
            StringBuilder p = new StringBuilder();
            for (int j = 0; j < 3; j++) {
                p.append(random.nextInt(3) == 0 ? "*" : random.nextInt(5) == 0 ? "?" : words[random.nextInt(words.length)]);
            }
            String pattern = p.toString();
            if (pattern.chars().allMatch(ch -> ch == '*' || ch == '?')) {
                continue;
            }
            TestPattern compiled = TestPattern.of(pattern);
            int[] brute = IntStream.range(0, tests.size())
                    .filter(i -> tests.get(i).ids().stream().anyMatch(compiled::matches)).toArray();
            assertThat(matching.testsMatching(pattern)).as(pattern).containsExactly(brute);
        }
    }

    @Test
    void aControlIsVerifiedOnlyWhileItSaysWhatItSaidWhenTheRunWasRecorded() {
        RiskScheme scheme = RiskSchemeFile.defaultScheme();
        Control c = control("org.acme.EhrTest#racing");
        Hazard h = hazard(1, c);
        ControlVerification v = new ControlVerification(new ReportMatching(List.of(JAVA)).match(List.of(h)).results());

        assertThat(v.of(c)).isEqualTo(Verification.VERIFIED);
        Control reworded = new Control(c.id(), c.category(), c.party(), "reworded", c.status(), "", "", c.tests());
        assertThat(v.of(reworded)).isEqualTo(Verification.NONE);
        Control relinked = c.withTests(List.of(new TestLink("org.acme.EhrTest#racing", TestKind.EFFECTIVENESS)));
        assertThat(v.of(relinked)).isEqualTo(Verification.NONE);
        // Progress on the control (its status, owner) is not a change of what it claims.
        assertThat(v.of(c.withStatus(ControlStatus.IMPLEMENTATION_VERIFIED).withOwner("dev"))).isEqualTo(Verification.VERIFIED);
        assertThat(v.residualUnverified(h, scheme)).isFalse();
    }

    @Test
    void theResidualIsUnverifiedOnlyWhenItRestsOnAFailingOrMissingControl() {
        RiskScheme scheme = RiskSchemeFile.defaultScheme();
        Control failing = control("tests/test_ehr.py::TestDob::*");
        Control missing = control("test_gone");
        Hazard scored = hazard(1, failing);
        Hazard unscored = Hazard.builder().id(2L).number(2).name("unscored").controls(List.of(missing)).build();
        Hazard rejected = hazard(3, missing.withStatus(ControlStatus.REJECTED).withId(99L));
        ControlVerification v = new ControlVerification(new ReportMatching(List.of(CLASS_CASE, RACE))
                .match(List.of(scored, unscored, rejected)).results());

        assertThat(v.of(failing)).isEqualTo(Verification.FAILING);
        assertThat(v.residualUnverified(scored, scheme)).isTrue();
        assertThat(v.of(missing)).isEqualTo(Verification.MISSING);
        assertThat(v.residualUnverified(unscored, scheme)).isFalse();
        assertThat(v.residualUnverified(rejected, scheme)).isFalse();
    }

    @Test
    void namedTestsAreThoseThatReadAsTests() {
        assertThat(NamedTests.looksLikeATest("test_get_or_create_ehr_race_condition_unresolvable")).isTrue();
        assertThat(NamedTests.looksLikeATest("TestDoseRounding")).isTrue();
        assertThat(NamedTests.looksLikeATest("org.acme.EhrServiceTest#race")).isTrue();
        assertThat(NamedTests.looksLikeATest("EhrServiceTest")).isTrue();
        assertThat(NamedTests.looksLikeATest("tests/test_ehr.py::test_x")).isTrue();
        assertThat(NamedTests.looksLikeATest("banner.test.js")).isTrue();
        assertThat(NamedTests.looksLikeATest("get_or_create_ehr()")).isFalse();
        assertThat(NamedTests.looksLikeATest("EhrAlreadyExistsError")).isFalse();
        assertThat(NamedTests.looksLikeATest("NHS_NUMBER")).isFalse();
        assertThat(NamedTests.looksLikeATest("latest")).isFalse();
        assertThat(NamedTests.looksLikeATest("contest_entry")).isFalse();
        assertThat(NamedTests.looksLikeATest("pytest")).isFalse();
        assertThat(NamedTests.looksLikeATest("std::vector")).isFalse();
    }
}
