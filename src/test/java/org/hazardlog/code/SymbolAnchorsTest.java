package org.hazardlog.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.hazardlog.code.TestRepository.Kind;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;

/**
 * A location naming a symbol ({@code file#name}) follows its declaration: code inserted above it,
 * edits elsewhere in the file and moving the declaration leave it unchanged; an edit inside its
 * body is a change. Each sample hides braces and keywords in strings and comments, which must not
 * end a body early.
 */
class SymbolAnchorsTest {

    @TempDir
    Path folder;

    private final Map<ReviewKey, List<ReviewFingerprint>> reviews = new HashMap<>();
    private TestRepository repo;

    /**
     * One file in one language: {@code head}, then the declaration anchored, then a sibling
     * declaration in the same container, then the rest.
     */
    record Sample(String language, String path, String symbol, String comment, List<String> head, List<String> target,
                  int lineInTarget, List<String> sibling, List<String> tail) {

        List<String> file() {
            return join(head, target, sibling, tail);
        }

        List<String> moved() {
            return join(head, sibling, target, tail);
        }

        @Override
        public String toString() {
            return language;
        }
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) {
            out.addAll(p);
        }
        return out;
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                new Sample("Python", "backend/app/main.py", "check_fhir_health", "# added",
                        List.of("import os", "", "class Health:", "    limit = 3", ""),
                        List.of("    @staticmethod",
                                "    def check_fhir_health(url,",
                                "                          timeout=5):",
                                "        \"\"\"Asks the FHIR server.",
                                "def not_a_function():",
                                "        \"\"\"",
                                "        text = \"{ not a brace\"",
                                "        if url:",
                                "# a comment at the margin does not end the body",
                                "            return True",
                                "        return False"),
                        10,
                        List.of("", "    def other(self):", "        return os.getcwd()"),
                        List.of("", "", "def main():", "    Health.check_fhir_health('x')")),
                new Sample("Java", "src/ward/Foo.java", "Foo.bar", "// added",
                        List.of("package ward;", "", "public class Foo {", "    private static final String S = \"}{\";", ""),
                        List.of("    @Override",
                                "    public int bar(int x) throws Exception {",
                                "        // a } in a comment",
                                "        String t = \"} \\\" }\";",
                                "        char c = '}';",
                                "        /* } */ if (x > 0) {",
                                "            return x;",
                                "        }",
                                "        return 0;",
                                "    }"),
                        7,
                        List.of("", "    void baz() {", "        System.out.println(S);", "    }"),
                        List.of("}")),
                new Sample("Kotlin", "src/Foo.kt", "Foo.bar", "// added",
                        List.of("package ward", "", "class Foo(val a: Int) {"),
                        List.of("    fun bar(x: Int): Int {",
                                "        val s = \"\"\" } { \"\"\"",
                                "        /* nested /* } */ still a comment } */",
                                "        return x + a",
                                "    }"),
                        3,
                        List.of("    fun baz() = a * 2"),
                        List.of("}", "", "fun topLevel(): String {", "    return \"}\"", "}")),
                new Sample("Go", "server/server.go", "Server.Handle", "// added",
                        List.of("package server", "", "type Server struct {", "\tname string", "}", ""),
                        List.of("func (s *Server) Handle(x int) int {",
                                "\traw := `}",
                                "{`",
                                "\tif x > 0 && raw != \"\" {",
                                "\t\treturn x",
                                "\t}",
                                "\treturn 0",
                                "}"),
                        5,
                        List.of("", "func (s *Server) Name() string {", "\treturn s.name", "}"),
                        List.of("", "func helper() {}")),
                new Sample("TypeScript", "web/src/alerts.ts", "Alerts.raise", "// added",
                        List.of("export function check(a: number): number {", "  const re = /[}]/;", "  return a;", "}",
                                "", "class Alerts {"),
                        List.of("  private raise(level: number): void {",
                                "    const s = `${level} }`;",
                                "    if (level > 1) {",
                                "      console.log('}', s);",
                                "    }",
                                "  }"),
                        4,
                        List.of("", "  handle = async (e: Event): Promise<void> => {", "    this.raise(2);", "  };"),
                        List.of("}", "", "export const arrow = (x: string) => x + \"}\";")),
                new Sample("JavaScript", "web/src/util.js", "escalate", "// added",
                        List.of("'use strict';", ""),
                        List.of("export const escalate = async (alert) => {",
                                "  const pattern = /\\}/g;",
                                "  return alert.level > 2",
                                "    ? notify(alert)",
                                "    : null;",
                                "};"),
                        2,
                        List.of("", "function notify(alert) {", "  return { sent: alert };", "}"),
                        List.of("")),
                new Sample("C#", "src/Ward/Foo.cs", "Foo.Bar", "// added",
                        List.of("namespace Ward", "{", "    public class Foo", "    {"),
                        List.of("        [HttpGet(\"x\")]",
                                "        public int Bar(int x)",
                                "        {",
                                "            var s = @\"}\"\"{\";",
                                "            var t = $\"{x}}}\";",
                                "            return x;",
                                "        }"),
                        5,
                        List.of("", "        public void Baz() { }"),
                        List.of("    }", "}")))
                .map(Arguments::of);
    }

    private static Hazard hazard(String location) {
        return Hazard.builder().id(1L).version(1).number(7).name("Stale health check")
                .codeLocations(List.of(new CodeLocation(location, null, null, "the health check"))).build();
    }

    private void review(Hazard h) {
        ReviewFingerprints taken = ReviewFingerprints.take(SourceTree.open(repo.root()), List.of(h),
                Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(taken.notRecordable()).isEmpty();
        reviews.putAll(taken.fingerprints());
    }

    private LocationFinding check(Hazard h) {
        List<LocationFinding> all = new CodeChecker(SourceTree.open(repo.root()), reviews).check(List.of(h)).findings();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private Hazard reviewed(Sample s) {
        repo = TestRepository.create(folder, Kind.GIT);
        repo.write(s.path(), s.file().toArray(String[]::new)).commit();
        Hazard h = hazard(s.path() + "#" + s.symbol());
        review(h);
        return h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theScannerFindsTheWholeDeclarationAndNothingInItsStrings(Sample s) {
        repo = TestRepository.create(folder, Kind.PLAIN);
        repo.write(s.path(), s.file().toArray(String[]::new));
        SourceFile file = SourceTree.open(repo.root()).file(s.path()).orElseThrow();

        SymbolLookup found = file.find(s.symbol());

        assertThat(found.detail()).isEmpty();
        assertThat(found.lines()).isEqualTo(new LineRange(s.head().size() + 1, s.head().size() + s.target().size()));
        assertThat(file.declarations()).noneMatch(d -> d.name().equals("not_a_function"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSymbolIsUnchangedAfterCodeIsInsertedAboveIt(Sample s) {
        Hazard h = reviewed(s);
        repo.insert(s.path(), 1, s.comment(), s.comment(), s.comment()).commit();

        LocationFinding f = check(h);

        assertThat(f.state()).isEqualTo(LocationState.UNCHANGED);
        assertThat(f.symbolLines()).isEqualTo(new LineRange(s.head().size() + 4, s.head().size() + 3 + s.target().size()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSymbolIsUnchangedAfterAnEditElsewhereInTheFile(Sample s) {
        Hazard h = reviewed(s);
        int siblingLast = s.head().size() + s.target().size() + s.sibling().size();
        List<String> lines = repo.lines(s.path());
        repo.replaceLine(s.path(), siblingLast, lines.get(siblingLast - 1) + " " + s.comment() + " edited").commit();

        assertThat(check(h).state()).isEqualTo(LocationState.UNCHANGED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSymbolFollowsItsDeclarationWhenItMoves(Sample s) {
        Hazard h = reviewed(s);
        repo.write(s.path(), s.moved().toArray(String[]::new)).commit();

        LocationFinding f = check(h);

        assertThat(f.state()).isEqualTo(LocationState.UNCHANGED);
        int first = s.head().size() + s.sibling().size() + 1;
        assertThat(f.symbolLines()).isEqualTo(new LineRange(first, first + s.target().size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void anEditInsideTheBodyIsAChange(Sample s) {
        Hazard h = reviewed(s);
        int line = s.head().size() + s.lineInTarget();
        // The statement is doubled: the body does something more than what was reviewed.
        repo.insert(s.path(), line, repo.lines(s.path()).get(line - 1)).commit();

        LocationFinding f = check(h);

        assertThat(f.state()).isEqualTo(LocationState.CHANGED);
        assertThat(f.failsCheck(false)).isTrue();
        assertThat(f.detail()).contains(s.symbol()).contains("changed since review");
    }

    @Test
    void aSymbolThatIsNotInTheFileFailsAndCannotBeRecorded() {
        repo = TestRepository.create(folder, Kind.PLAIN);
        repo.write("app/main.py", "def check_health():", "    return True");
        Hazard h = hazard("app/main.py#check_fhir_health");

        ReviewFingerprints taken = ReviewFingerprints.take(SourceTree.open(repo.root()), List.of(h), Instant.now());
        LocationFinding f = check(h);

        assertThat(taken.fingerprints()).isEmpty();
        assertThat(taken.notRecordable()).extracting(LocationFinding::state).containsExactly(LocationState.SYMBOL_MISSING);
        assertThat(f.state()).isEqualTo(LocationState.SYMBOL_MISSING);
        assertThat(f.failsCheck(false)).isTrue();
        assertThat(f.detail()).isEqualTo("No function, method or class named check_fhir_health in app/main.py.");
    }

    @Test
    void aSymbolThatWasReviewedAndThenRemovedFails() {
        repo = TestRepository.create(folder, Kind.GIT);
        repo.write("app/main.py", "def check_fhir_health():", "    return True", "", "def other():", "    pass").commit();
        Hazard h = hazard("app/main.py#check_fhir_health");
        review(h);
        repo.write("app/main.py", "def other():", "    pass").commit();

        assertThat(check(h).state()).isEqualTo(LocationState.SYMBOL_MISSING);
    }

    @Test
    void twoMethodsOfOneNameAreAmbiguousUntilQualifiedWithTheirClass() {
        repo = TestRepository.create(folder, Kind.PLAIN);
        repo.write("src/Alerts.java", "class Ward {", "    void raise() {", "        a();", "    }", "}",
                "class Clinic {", "    void raise() {", "        b();", "    }", "}");

        LocationFinding ambiguous = check(hazard("src/Alerts.java#raise"));
        LocationFinding qualified = check(hazard("src/Alerts.java#Clinic.raise"));

        assertThat(ambiguous.state()).isEqualTo(LocationState.SYMBOL_AMBIGUOUS);
        assertThat(ambiguous.failsCheck(false)).isTrue();
        assertThat(ambiguous.detail()).contains("Ward.raise at lines 2-4", "Clinic.raise at lines 7-9",
                "qualify it with the class around it");
        assertThat(qualified.state()).isEqualTo(LocationState.NEVER_REVIEWED);
        assertThat(qualified.symbolLines()).isEqualTo(new LineRange(7, 9));
    }

    @Test
    void aSymbolInAFileOfAnotherLanguageIsNotAValidLocation() {
        repo = TestRepository.create(folder, Kind.PLAIN);
        repo.write("lib/alerts.rb", "def raise_alert", "end");

        LocationFinding f = check(hazard("lib/alerts.rb#raise_alert"));

        assertThat(f.state()).isEqualTo(LocationState.INVALID_LOCATION);
        assertThat(f.detail()).contains("give a line range instead");
    }

    @Test
    void aSymbolWithLinesIsAMoveWhenTheDeclarationIsElsewhereUnchanged() {
        repo = TestRepository.create(folder, Kind.GIT);
        repo.write("app/main.py", "def check_fhir_health():", "    return ping()", "", "def other():", "    pass").commit();
        Hazard h = Hazard.builder().id(1L).version(1).number(7).name("Stale health check")
                .codeLocations(List.of(new CodeLocation("app/main.py#check_fhir_health", 1, 2, null))).build();
        review(h);
        repo.insert("app/main.py", 1, "import ping", "").commit();

        LocationFinding f = check(h);

        assertThat(f.state()).isEqualTo(LocationState.MOVED);
        assertThat(f.movedTo()).isEqualTo(new LineRange(3, 4));
    }

    @Test
    void aLineRangeThatNoLongerCoversTheFunctionItsNoteNamesIsWarnedAbout() {
        repo = TestRepository.create(folder, Kind.GIT);
        repo.write("app/main.py", "import os", "", "def check_fhir_health():", "    return os.getcwd()").commit();
        Hazard h = Hazard.builder().id(1L).version(1).number(7).name("Stale health check")
                .codeLocations(List.of(new CodeLocation("app/main.py", 3, 4, "check_fhir_health() decides")))
                .build();
        review(h);
        repo.insert("app/main.py", 1, "import sys", "import json", "", "def first():", "    return sys.argv").commit();

        LocationFinding f = check(h);

        assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("The note names check_fhir_health(), which is at "
                + "lines 8-9, outside lines 3-4").contains("app/main.py#check_fhir_health"));
    }

    @Test
    void otherDeclarationsOfTheSamplesHaveTheirWholeExtent() {
        repo = TestRepository.create(folder, Kind.PLAIN);
        for (Arguments a : samples().toList()) {
            Sample s = (Sample) a.get()[0];
            repo.write(s.path(), s.file().toArray(String[]::new));
        }
        SourceTree tree = SourceTree.open(repo.root());
        // Kotlin: an expression body on one line; a top-level function after the class.
        assertThat(tree.file("src/Foo.kt").orElseThrow().find("Foo.baz").lines()).isEqualTo(new LineRange(9, 9));
        assertThat(tree.file("src/Foo.kt").orElseThrow().find("topLevel").lines()).isEqualTo(new LineRange(12, 14));
        // TypeScript: a function holding a regular expression with a brace; an arrow field; an arrow constant.
        assertThat(tree.file("web/src/alerts.ts").orElseThrow().find("check").lines()).isEqualTo(new LineRange(1, 4));
        assertThat(tree.file("web/src/alerts.ts").orElseThrow().find("Alerts.handle").lines()).isEqualTo(new LineRange(14, 16));
        assertThat(tree.file("web/src/alerts.ts").orElseThrow().find("arrow").lines()).isEqualTo(new LineRange(19, 19));
        // Go: the struct, and a one-line function.
        assertThat(tree.file("server/server.go").orElseThrow().find("Server").lines()).isEqualTo(new LineRange(3, 5));
        assertThat(tree.file("server/server.go").orElseThrow().find("helper").lines()).isEqualTo(new LineRange(20, 20));
        // Java and C#: the class around the methods, to its closing brace.
        assertThat(tree.file("src/ward/Foo.java").orElseThrow().find("Foo").lines()).isEqualTo(new LineRange(3, 20));
        assertThat(tree.file("src/Ward/Foo.cs").orElseThrow().find("Foo.Baz").lines()).isEqualTo(new LineRange(13, 13));
        // Python: a method after a decorated one, and a top-level function after the class.
        assertThat(tree.file("backend/app/main.py").orElseThrow().find("Health.other").lines()).isEqualTo(new LineRange(18, 19));
        assertThat(tree.file("backend/app/main.py").orElseThrow().find("main").lines()).isEqualTo(new LineRange(22, 23));
    }

    @Test
    void overloadsOfOneQualifiedNameAreToldToUseALineRange() {
        repo = TestRepository.create(folder, Kind.PLAIN);
        repo.write("src/Dose.java", "class Dose {", "    int x;", "    int round(int a) { return a; }",
                "    long round(long a) { return a; }", "}");
        LocationFinding f = check(hazard("src/Dose.java#round"));
        assertThat(f.state()).isEqualTo(LocationState.SYMBOL_AMBIGUOUS);
        assertThat(f.detail()).contains("Dose.round at line 3, Dose.round at line 4", "use a line range")
                .doesNotContain("qualify");
    }
}
