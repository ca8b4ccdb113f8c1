package org.hazardlog.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.evidence.TestCase;
import org.hazardlog.domain.evidence.TestOutcome;

class JunitReportReaderTest {

    @TempDir
    Path folder;

    private final JunitReportReader reader = new JunitReportReader();

    static Path fixture(String name) {
        try {
            return Path.of(JunitReportReaderTest.class.getResource("/fixtures/junit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path file(String name, String xml) throws IOException {
        return Files.writeString(folder.resolve(name), xml, StandardCharsets.UTF_8);
    }

    @Test
    void surefireReportGivesEachTestCaseWithItsClassAndAnErrorAsAFailure() {
        List<TestCase> tests = reader.read(fixture("surefire-fail.xml"));

        assertThat(tests).extracting(TestCase::id, TestCase::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("org.acme.ehr.EhrServiceTest#getOrCreateEhrReturnsTheSameRecordTwice", TestOutcome.PASSED),
                org.assertj.core.groups.Tuple.tuple("org.acme.ehr.EhrServiceTest#getOrCreateEhrRaceConditionIsResolved", TestOutcome.FAILED),
                org.assertj.core.groups.Tuple.tuple("org.acme.ehr.NhsNumberTest#nhsNumberWithBadCheckDigitIsRefused", TestOutcome.PASSED));
    }

    @Test
    void pytestReportGivesNodeIdsWorkedOutFromTheDottedClassnameAndSkippedTests() {
        List<TestCase> tests = reader.read(fixture("pytest-pass.xml"));

        assertThat(tests).hasSize(4);
        assertThat(tests.get(1).ids()).contains("tests/test_ehr.py::test_get_or_create_ehr_race_condition_unresolvable",
                "test_get_or_create_ehr_race_condition_unresolvable");
        assertThat(tests.get(2).ids()).contains("tests/test_ehr.py::TestDemographics::test_date_of_birth_in_future_refused");
        assertThat(tests.get(3).outcome()).isEqualTo(TestOutcome.SKIPPED);
        assertThat(reader.read(fixture("pytest-fail.xml")).get(1).outcome()).isEqualTo(TestOutcome.FAILED);
    }

    @Test
    void jestReportsNestedInSuitesAreRead() {
        List<TestCase> tests = reader.read(fixture("jest-pass.xml"));

        assertThat(tests).extracting(TestCase::name).containsExactly("PatientBanner shows the NHS number in 3-3-4 format",
                "PatientBanner warns when two patients share a name", "WardList keeps the selected patient after a refresh");
        assertThat(tests).allMatch(t -> t.outcome() == TestOutcome.PASSED);
    }

    @Test
    void goJunitReportSubtestsFailuresAndSkipsAreRead() {
        List<TestCase> tests = reader.read(fixture("go-junit-report.xml"));

        assertThat(tests).extracting(TestCase::id, TestCase::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("github.com/acme/ehr/dose#TestDoseRounding", TestOutcome.PASSED),
                org.assertj.core.groups.Tuple.tuple("github.com/acme/ehr/dose#TestDoseRounding/paediatric", TestOutcome.FAILED),
                org.assertj.core.groups.Tuple.tuple("github.com/acme/ehr/dose#TestMaxDailyDose", TestOutcome.SKIPPED));
    }

    @Test
    void fileAttributeOfTheCaseOrItsSuiteGivesAFileId() throws IOException {
        Path p = file("x.xml", "<testsuites><testsuite name='a' file='web/banner.test.js'>"
                + "<testcase classname='Banner' name='shows NHS number'/>"
                + "<testcase classname='tests.test_a' name='test_b' file='tests/test_a.py'/></testsuite></testsuites>");

        List<TestCase> tests = reader.read(p);

        assertThat(tests.get(0).ids()).contains("web/banner.test.js::shows NHS number", "Banner#shows NHS number");
        assertThat(tests.get(1).ids()).contains("tests/test_a.py::test_b");
    }

    @Test
    void aFailureAfterSurefireRerunsCountsButFlakyAttemptsDoNot() throws IOException {
        Path p = file("flaky.xml", "<testsuite><testcase classname='A' name='flaky'><flakyFailure message='x'/></testcase>"
                + "<testcase classname='A' name='broken'><rerunFailure/><failure/></testcase></testsuite>");

        assertThat(reader.read(p)).extracting(TestCase::outcome).containsExactly(TestOutcome.PASSED, TestOutcome.FAILED);
    }

    @Test
    void anXmlBombIsRefusedWithoutExpandingAnything() throws IOException {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        bomb.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                bomb.append("&lol").append(i - 1).append(';');
            }
            bomb.append("\">\n");
        }
        bomb.append("]>\n<testsuite><testcase classname='A' name='&lol9;'/></testsuite>\n");
        Path p = file("bomb.xml", bomb.toString());

        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(ReportRefusedException.class)
                .hasMessageContaining("bomb.xml").hasMessageContaining("DOCTYPE");
    }

    @Test
    void anExternalEntityIsNeverRead() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "password");
        Path p = file("xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<testsuite><testcase classname='A' name='&x;'/></testsuite>");

        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(ReportRefusedException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("password");
    }

    @Test
    void aTruncatedReportIsRefusedNamingTheFileAndPlace() throws IOException {
        String whole = Files.readString(fixture("surefire-pass.xml"));
        Path p = file("cut.xml", whole.substring(0, whole.indexOf("nhsNumberWithBadCheckDigit")));

        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(ReportRefusedException.class)
                .hasMessageContaining("cut.xml is not well-formed XML at line").hasMessageContaining("truncated");
    }

    @Test
    void malformedXmlIsRefused() throws IOException {
        Path p = file("bad.xml", "<testsuite><testcase name='a'></testsuite>");

        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(ReportRefusedException.class)
                .hasMessageContaining("bad.xml is not well-formed XML");
    }

    @Test
    void aReportWithoutTestCasesIsRefused() throws IOException {
        Path p = file("empty.xml", "<testsuites><testsuite name='none' tests='0'/></testsuites>");

        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(ReportRefusedException.class)
                .hasMessageContaining("empty.xml has no test cases");
    }

    @Test
    void anotherXmlFileIsNotTakenForAReport() throws IOException {
        Path p = file("pom.xml", "<project><testcase name='x'/></project>");

        assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("root element is <project>");
    }

    @Test
    void aTestCaseWithoutANameIsRefused() throws IOException {
        Path p = file("noname.xml", "<testsuite>\n<testcase classname='A'/></testsuite>");

        assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("without a name at line 2");
    }

    @Test
    void aReportOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path p = file("big.xml", "<testsuite>" + "<testcase classname='A' name='t'/>".repeat(100) + "</testsuite>");

        assertThatThrownBy(() -> new JunitReportReader(1_000).read(p)).isInstanceOf(ReportRefusedException.class)
                .hasMessageContaining("big.xml is 3,").hasMessageContaining("over 1,000 bytes are refused");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> reader.read(folder.resolve("nope.xml"))).hasMessageContaining("nope.xml does not exist");
    }

    @Test
    void theSameTestCaseTwiceIsRefusedAcrossReports() {
        assertThatThrownBy(() -> TestReports.read(List.of(fixture("jest-pass.xml"), fixture("jest-pass.xml")), reader))
                .isInstanceOf(ReportRefusedException.class)
                .hasMessageContaining("PatientBanner shows the NHS number in 3-3-4 format")
                .hasMessageContaining("reported twice");
    }

    @Test
    void reportsOfSeveralToolsReadTogether() {
        TestReports read = TestReports.read(List.of(fixture("surefire-pass.xml"), fixture("pytest-pass.xml"),
                fixture("jest-pass.xml")), reader);

        assertThat(read.testCases()).hasSize(10);
        assertThat(read.reports()).hasSize(3);
    }
}
