package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.store.HazardLogFile;

/**
 * A hazard whose residual risk rests on a control with failing tests is a gap of the safety case:
 * the CSO sees it with the hazard's number and must confirm it, or nothing is approved.
 */
class UnverifiedResidualGapCommandsTest {

    private static final String PASSWORD = "signing password";

    @TempDir
    Path folder;

    private String db;
    private StringWriter out;
    private StringWriter err;
    private Path statement;
    private Path signOff;

    private static Path fixture(String name) {
        try {
            return Path.of(UnverifiedResidualGapCommandsTest.class.getResource("/fixtures/junit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Hazard tested(String name, String control, String pattern) {
        return Hazard.builder().name(name).status(HazardStatus.OPEN)
                .initial(Assessment.of(4, 4)).residual(Assessment.of(2, 4)).residualAssessment("Reduced by testing.")
                .controls(List.of(new Control(null, ControlCategory.TEST, ControlParty.MANUFACTURER, control,
                        ControlStatus.IMPLEMENTED, "alice", "", List.of(new TestLink(pattern, TestKind.IMPLEMENTATION)))))
                .build();
    }

    @BeforeEach
    void anIssuedVersionWithAFailingTest() throws IOException {
        db = folder.resolve("log").toString();
        try (HazardLogService log = HazardLogService.create(HazardLogFile.at(Path.of(db)), "alice",
                PASSWORD.toCharArray())) {
            log.create(tested("Date of birth in the future accepted",
                    "Demographics refuse a future date of birth", "tests/test_ehr.py::TestDemographics::*"));
            log.create(tested("Two health records created for one patient",
                    "Service tests of record creation under concurrent requests", "org.acme.ehr.EhrServiceTest#*"));
            log.saveProjectSettings(new ProjectSettings("WardView", "3.2.0", "Example Health", "alice", "J. Smith",
                    "P. Patel", "Dr B. Approver"));
        }
        assertThat(run("", "--db", db, "--user", "alice", "evidence", "record", "--junit",
                fixture("surefire-fail.xml").toString(), "--junit", fixture("pytest-pass.xml").toString(),
                "--commit", "abc1234")).as(err.toString()).isZero();
        assertThat(run(PASSWORD + "\n", "--db", db, "issue", "--summary", "Release 3.2.0", "--password-stdin",
                "--user", "alice")).as(err.toString()).isZero();
        statement = Files.writeString(folder.resolve("statement.txt"), "The residual risk is acceptable for the pilot.");
        signOff = Files.writeString(folder.resolve("sign-off.txt"), "Approved for the pilot release.");
    }

    private int run(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HazardLogCommand.run(args, f -> { }, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
    }

    private List<String> gapKeys() {
        assertThat(run("", "--db", db, "cscr", "show", "--version", "1")).as(err.toString()).isZero();
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  ([a-z0-9:_-]+)\\t").matcher(out.toString());
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private int approve(List<String> gaps) {
        List<String> args = new ArrayList<>(List.of("--db", db, "cscr", "approve", "--version", "1",
                "--statement-file", statement.toString(), "--sign-off-file", signOff.toString(), "--password-stdin",
                "--user", "alice"));
        if (!gaps.isEmpty()) {
            args.add("--accept-gaps");
            args.add(String.join(",", gaps));
        }
        return run(PASSWORD + "\n", args.toArray(String[]::new));
    }

    private int approvalEvents() {
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(db)), "alice")) {
            return (int) log.audit().events(AuditQuery.ALL).stream().filter(e -> e.entity().equals(AuditEvent.CSCR)).count();
        }
    }

    @Test
    void theUnverifiedResidualIsAGapNamingItsHazard() {
        assertThat(gapKeys()).filteredOn(k -> !k.startsWith("setting:")).containsExactly("residual-unverified");
        assertThat(out.toString()).contains("residual-unverified\t1 hazard: residual risk unverified")
                .contains("(hazard 2)");
    }

    @Test
    void approvingWithoutConfirmingItIsRefusedAndRecordsNothing() {
        List<String> gaps = gapKeys();
        List<String> allButIt = new ArrayList<>(gaps);
        allButIt.remove("residual-unverified");

        assertThat(approve(allButIt)).isEqualTo(1);
        assertThat(err.toString()).contains("1 gap you have not confirmed: residual-unverified");
        assertThat(approvalEvents()).isZero();

        assertThat(approve(gaps)).as(err.toString()).isZero();
        assertThat(approvalEvents()).isEqualTo(3 + gaps.size());
    }
}
