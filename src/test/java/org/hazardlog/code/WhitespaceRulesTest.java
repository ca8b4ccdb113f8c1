package org.hazardlog.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.hazardlog.code.TestRepository.Kind;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;

/**
 * Indentation is meaning in Python, YAML, Makefiles and their kin: there a change of a line's
 * leading whitespace is a change of the reviewed code; elsewhere it is not.
 */
class WhitespaceRulesTest {

    private static final Instant REVIEWED = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path folder;

    private final Map<ReviewKey, List<ReviewFingerprint>> reviews = new HashMap<>();

    private TestRepository repo() {
        return TestRepository.create(folder, Kind.GIT);
    }

    private static Hazard hazard(CodeLocation location) {
        return Hazard.builder().id(1L).version(1).number(3).name("Push subscriptions lost")
                .codeLocations(List.of(location)).build();
    }

    private void review(TestRepository repo, Hazard h, IndentationRules rules) {
        reviews.putAll(ReviewFingerprints.take(SourceTree.open(repo.root(), rules), List.of(h), REVIEWED).fingerprints());
    }

    private LocationFinding check(TestRepository repo, Hazard h, IndentationRules rules) {
        List<LocationFinding> findings = new CodeChecker(SourceTree.open(repo.root(), rules), reviews)
                .check(List.of(h)).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    /** The statement that deletes a failed subscription, moved out of the except block: it now runs on every send. */
    @Test
    void movingAPythonStatementOutOfAnExceptBlockIsAChange() {
        TestRepository repo = repo();
        repo.write("app/push.py",
                "def send_all(subscriptions, message):",
                "    for sub in subscriptions:",
                "        try:",
                "            webpush(sub, message)",
                "        except WebPushException:",
                "            sub.delete()",
                "    return len(subscriptions)").commit();
        Hazard h = hazard(new CodeLocation("app/push.py", 1, 7, "send_all()"));
        review(repo, h, IndentationRules.defaults());
        repo.replaceLine("app/push.py", 6, "        sub.delete()").commit();

        LocationFinding f = check(repo, h, IndentationRules.defaults());

        assertThat(f.state()).isEqualTo(LocationState.CHANGED);
        assertThat(f.failsCheck(false)).isTrue();
        assertThat(reviews.values().iterator().next().get(0).scheme()).isEqualTo(FingerprintScheme.SHA256_INDENTATION_KEPT);
    }

    /** {@code roles} moved from the admin user to the top level: a different configuration. */
    @ParameterizedTest
    @ValueSource(strings = {"deploy/values.yaml", "deploy/values.yml"})
    void aChangeOfYamlIndentationIsAChange(String file) {
        TestRepository repo = repo();
        repo.write(file, "users:", "  admin:", "    name: root", "    roles: [clinician]", "audit: true").commit();
        Hazard h = hazard(new CodeLocation(file, 1, 5, null));
        review(repo, h, IndentationRules.defaults());
        repo.replaceLine(file, 4, "roles: [clinician]").commit();

        assertThat(check(repo, h, IndentationRules.defaults()).state()).isEqualTo(LocationState.CHANGED);
    }

    @Test
    void aMakefileRecipeLosingItsTabIsAChange() {
        TestRepository repo = repo();
        repo.write("Makefile", "deploy:", "\tmigrate --check", "\tdeploy --prod").commit();
        Hazard h = hazard(CodeLocation.of("Makefile"));
        review(repo, h, IndentationRules.defaults());
        repo.replaceLine("Makefile", 3, "        deploy --prod").commit();

        assertThat(check(repo, h, IndentationRules.defaults()).state()).isEqualTo(LocationState.CHANGED);
    }

    @Test
    void trailingWhitespaceLineEndingsAndSpacingInsideALineStillDoNotCountInPython() {
        TestRepository repo = repo();
        repo.write("app/dose.py", "def dose(kg):", "    return kg * 5").commit();
        Hazard h = hazard(new CodeLocation("app/dose.py", 1, 2, null));
        review(repo, h, IndentationRules.defaults());
        repo.write("app/dose.py", "def dose(kg):   \r", "    return  kg *   5\r").commit();

        assertThat(check(repo, h, IndentationRules.defaults()).state()).isEqualTo(LocationState.UNCHANGED);
    }

    @Test
    void bracedLanguagesStillIgnoreIndentation() {
        TestRepository repo = repo();
        repo.write("src/Dose.java", "int dose(int kg) {", "    return kg * 5;", "}").commit();
        Hazard h = hazard(new CodeLocation("src/Dose.java", 1, 3, null));
        review(repo, h, IndentationRules.defaults());
        repo.replaceLine("src/Dose.java", 2, "\t\treturn kg * 5;").commit();

        assertThat(check(repo, h, IndentationRules.defaults()).state()).isEqualTo(LocationState.UNCHANGED);
    }

    @Test
    void anExtensionTheProjectAddsCountsItsIndentation() {
        TestRepository repo = repo();
        repo.write("rules/triage.rules", "when fever:", "  refer", "notify").commit();
        Hazard h = hazard(new CodeLocation("rules/triage.rules", 1, 3, null));
        IndentationRules project = IndentationRules.withExtra(List.of(".rules"));
        review(repo, h, project);
        repo.replaceLine("rules/triage.rules", 3, "  notify").commit();

        assertThat(check(repo, h, project).state()).isEqualTo(LocationState.CHANGED);
        assertThat(check(repo, h, IndentationRules.defaults()).state())
                .as("compared as the review was taken, whatever the settings say now")
                .isEqualTo(LocationState.CHANGED);
    }

    /** A review stored before indentation counted keeps working, and says what it cannot see. */
    @Test
    void aReviewTakenBeforeIndentationCountedStillMatchesAndWarns() {
        TestRepository repo = repo();
        repo.write("app/push.py", "try:", "    send()", "except Error:", "    drop()", "# end").commit();
        Hazard h = hazard(new CodeLocation("app/push.py", 1, 4, null));
        review(repo, h, new IndentationRules(java.util.Set.of(), java.util.Set.of()));
        assertThat(reviews.values().iterator().next().get(0).scheme())
                .isEqualTo(FingerprintScheme.SHA256_NORMALISED_WHITESPACE);
        repo.replaceLine("app/push.py", 5, "# the end").commit();

        LocationFinding f = check(repo, h, IndentationRules.defaults());

        assertThat(f.state()).isEqualTo(LocationState.UNCHANGED);
        assertThat(f.warnings()).singleElement().asString().contains("record the review again");
    }

    @Test
    void extensionsAreWrittenWithOrWithoutTheDot() {
        assertThat(IndentationRules.extension(".Tmpl")).isEqualTo("tmpl");
        assertThat(IndentationRules.extension("*.slim")).isEqualTo("slim");
        assertThat(IndentationRules.defaults().significantIn("a/GNUmakefile")).isTrue();
        assertThat(IndentationRules.defaults().significantIn("a/b.PY")).isTrue();
        assertThat(IndentationRules.defaults().significantIn("a/b.ts")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndentationRules.extension("a b"))
                .hasMessageContaining("not a file extension");
    }
}
