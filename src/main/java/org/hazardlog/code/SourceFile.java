package org.hazardlog.code;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One file of the repository as it is now. Its lines are decoded only when needed: a file whose
 * bytes are exactly those reviewed is unchanged without looking at a single line.
 */
public final class SourceFile {

    private final String path;
    private final String fingerprint;
    private final FingerprintScheme scheme;
    private final boolean binary;
    private byte[] content;
    private List<String> lines;
    /** The lines as each scheme compares them, made when first needed (usually one scheme per file). */
    private final Map<FingerprintScheme, List<String>> normalised = new EnumMap<>(FingerprintScheme.class);
    private List<Declaration> declarations;
    private final Map<FingerprintScheme, RollingLines> rolling = new EnumMap<>(FingerprintScheme.class);

    SourceFile(String path, byte[] content) {
        this(path, content, FingerprintScheme.SHA256_NORMALISED_WHITESPACE);
    }

    SourceFile(String path, byte[] content, FingerprintScheme scheme) {
        this.path = path;
        this.content = content;
        this.fingerprint = Fingerprints.ofBytes(content);
        this.scheme = scheme;
        this.binary = looksBinary(content);
    }

    /** How far into a file to look for a NUL byte: git's own test for a binary file. */
    private static final int BINARY_SNIFF_BYTES = 8000;

    private static boolean looksBinary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, BINARY_SNIFF_BYTES); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the file is binary (a NUL byte near its start, as git decides). Its "lines" mean
     * nothing, and decoding them would hide changes of undecodable bytes: it is compared byte for byte.
     */
    public boolean isBinary() {
        return binary;
    }

    /** How a review of this file taken now is fingerprinted (by its language's whitespace rule). */
    public FingerprintScheme scheme() {
        return scheme;
    }

    /** Relative to the repository root, with {@code /} between folders. */
    public String path() {
        return path;
    }

    /** SHA-256 of the file's bytes. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The lines as written (undecodable bytes shown as U+FFFD), without their line endings. */
    public synchronized List<String> lines() {
        if (lines == null) {
            lines = Collections.unmodifiableList(split(new String(content, StandardCharsets.UTF_8)));
            content = null; // the lines are all anyone needs from now on
        }
        return lines;
    }

    public int lineCount() {
        return lines().size();
    }

    /** Whether every line of the range is in the file. */
    public boolean contains(LineRange range) {
        return range.last() <= lineCount();
    }

    /** The fingerprint of the lines of a range that lies within the file, or of all lines. */
    public String linesFingerprint(Optional<LineRange> range) {
        return linesFingerprint(range, scheme);
    }

    /** The same, compared as an earlier review was taken. */
    public String linesFingerprint(Optional<LineRange> range, FingerprintScheme by) {
        List<String> n = normalised(by);
        return range.map(r -> Fingerprints.ofLines(n, r.first() - 1, r.last()))
                .orElseGet(() -> Fingerprints.ofLines(n, 0, n.size()));
    }

    long rollingHash(Optional<LineRange> range) {
        return range.map(r -> rolling(scheme).hash(r.first() - 1, r.lineCount()))
                .orElseGet(() -> rolling(scheme).hash(0, lineCount()));
    }

    /**
     * Where the reviewed lines are now, if they can be found without doubt: exactly one run of lines
     * with the reviewed fingerprint, and lines distinctive enough that finding them means finding
     * the reviewed code.
     */
    Relocation whereNow(ReviewFingerprint reviewed, LineRange was) {
        FingerprintScheme by = reviewed.scheme();
        int[] candidates = rolling(by).candidates(reviewed.lineCount(), reviewed.linesRollingHash());
        List<Integer> confirmed = new ArrayList<>();
        for (int start : candidates) {
            if (Fingerprints.ofLines(normalised(by), start, start + reviewed.lineCount()).equals(reviewed.linesFingerprint())) {
                confirmed.add(start);
            }
        }
        if (confirmed.size() != 1) {
            return new Relocation(Optional.empty(), confirmed.size(), true);
        }
        int start = confirmed.get(0);
        boolean distinctive = Distinctiveness.isDistinctive(normalised(by), start, start + reviewed.lineCount());
        return new Relocation(distinctive ? Optional.of(was.startingAt(start + 1)) : Optional.empty(), 1, distinctive);
    }

    /**
     * What a search for moved lines found.
     *
     * @param now         where the reviewed lines are, when found once and distinctive
     * @param places      at how many places the reviewed lines are, unchanged
     * @param distinctive whether the lines found say enough to be followed
     */
    record Relocation(Optional<LineRange> now, int places, boolean distinctive) {
    }

    /**
     * The lines of a range that lies within the file (all lines without one), as written, joined by
     * newlines; null when that is more than {@code limit} characters.
     */
    public String text(Optional<LineRange> range, int limit) {
        List<String> all = lines();
        int from = range.map(r -> r.first() - 1).orElse(0);
        int to = range.map(LineRange::last).orElse(all.size());
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append('\n');
            }
            out.append(all.get(i));
            if (out.length() > limit) {
                return null;
            }
        }
        return out.toString();
    }

    /** A warning when the lines of a range hold little or no code, else empty. */
    String trivialRangeWarning(LineRange range) {
        return Distinctiveness.warning(lines(), range.first() - 1, range.last(), range);
    }

    synchronized List<String> normalised(FingerprintScheme by) {
        return normalised.computeIfAbsent(by, s -> {
            List<String> n = new ArrayList<>(lines().size());
            for (String line : lines()) {
                n.add(s.normalise(line));
            }
            return n;
        });
    }

    private synchronized RollingLines rolling(FingerprintScheme by) {
        return rolling.computeIfAbsent(by, s -> {
            List<String> n = normalised(s);
            long[] hashes = new long[n.size()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = Fingerprints.lineHash(n.get(i));
            }
            return new RollingLines(hashes);
        });
    }

    /** The functions, methods and classes in the file (none in a language HazardLog cannot read), found once. */
    synchronized List<Declaration> declarations() {
        if (declarations == null) {
            Optional<SymbolLanguage> language = binary ? Optional.empty() : SymbolLanguage.of(path);
            declarations = language.isEmpty() ? List.of() : language.get() == SymbolLanguage.PYTHON
                    ? PythonSymbols.scan(lines()) : BraceSymbols.scan(lines(), language.get());
        }
        return declarations;
    }

    /** Where a symbol is in the file now, or why it cannot be told. */
    public SymbolLookup find(String symbol) {
        return SymbolLookup.in(this, symbol);
    }

    /** Splits at \n, \r\n and \r, as editors count lines; a final line ending starts no new line. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0; // a byte order mark is not part of line 1
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }
}
