package org.hazardlog.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.hazardlog.domain.InvalidValueException;

class GlobTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
            "backend/alembic/versions/*.py, backend/alembic/versions/001_init.py, true",
            "backend/alembic/versions/*.py, backend/alembic/versions/old/001_init.py, false",
            "backend/alembic/versions/*.py, backend/alembic/versions/README, false",
            "src/**/*.py, src/a.py, true",
            "src/**/*.py, src/app/deep/b.py, true",
            "src/**/*.py, srcx/a.py, false",
            "src/**/*.py, lib/src/a.py, false",
            "**/*.py, a.py, true",
            "**/*.py, x/y/a.py, true",
            "src/**, src/x/y/z.txt, true",
            "*.md, README.md, true",
            "*.md, docs/README.md, false",
            "src/?.py, src/a.py, true",
            "src/?.py, src/ab.py, false",
            "'src/*.{ts,tsx}', src/App.tsx, true",
            "'src/*.{ts,tsx}', src/App.ts, true",
            "'src/*.{ts,tsx}', src/App.js, false",
            "src/[ab].py, src/b.py, true",
            "src/[!ab].py, src/b.py, false",
            "src/[!ab].py, src/c.py, true",
            "pages/\\[id\\].tsx, pages/[id].tsx, true",
            "pages/\\[id\\].tsx, pages/i.tsx, false",
            "a+b(1).py, a+b(1).py, true"
    })
    void matchesAsPeopleExpect(String pattern, String path, boolean matches) {
        assertThat(Glob.of(pattern).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/[ab.py", "src/{a,b.py", "src/a\\"})
    void aBrokenPatternIsRefusedWithAReason(String pattern) {
        assertThatThrownBy(() -> Glob.of(pattern)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("\"" + pattern + "\" is not a valid file pattern: ");
    }

    @ParameterizedTest
    @CsvSource({"backend/*.py, true", "pages/[id].tsx, true", "'a/{b,c}', true", "backend/app/main.py, false", "Justfile, false"})
    void tellsAPatternFromAFileName(String path, boolean glob) {
        assertThat(Glob.looksLikeGlob(path)).isEqualTo(glob);
    }
}
