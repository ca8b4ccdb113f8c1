package org.hazardlog.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprintsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "if x:|if x:",
            "    if   x :\t|if x :",
            "\t\treturn  a\t+ b   |return a + b",
            "'   '|''",
            "a b|a b"
    })
    void whitespaceIsNormalised(String line, String normalised) {
        assertThat(Fingerprints.normalise(line)).isEqualTo(normalised);
    }

    @Test
    void linesAreSplitAsEditorsCountThem() {
        assertThat(SourceFile.split("a\nb\r\nc\rd\n")).containsExactly("a", "b", "c", "d");
        assertThat(SourceFile.split("a\n\nb")).containsExactly("a", "", "b");
        assertThat(SourceFile.split("")).isEmpty();
        assertThat(SourceFile.split("\uFEFFfirst\n")).containsExactly("first");
    }

    @Test
    void theLinesFingerprintIsTheSha256OfTheNormalisedLinesJoinedByNewlines() {
        // printf 'a b\nc' | sha256sum: stored fingerprints must keep this meaning for ever
        assertThat(Fingerprints.ofLines(List.of("x", "a b", "c"), 1, 3))
                .isEqualTo("24b366cf6891c1a7ba83804c7632b71c9d86cf530908a052bf08d0e128602da8");
    }

    @Test
    void rollingHashesFindARunOfLinesAnywhere() {
        List<String> lines = List.of("a", "b", "c", "a", "b", "c", "d");
        long[] hashes = lines.stream().mapToLong(Fingerprints::lineHash).toArray();
        RollingLines rolling = new RollingLines(hashes);

        long abc = rolling.hash(0, 3);

        assertThat(rolling.hash(3, 3)).isEqualTo(abc);
        assertThat(rolling.candidates(3, abc)).containsExactly(0, 3);
        assertThat(rolling.candidates(3, rolling.hash(4, 3))).containsExactly(4);
        assertThat(rolling.candidates(8, abc)).isEmpty();
    }
}
