package org.hazardlog.code;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.CodeLocation;

/**
 * Functions a location's note names ({@code check_fhir_health()}). Real hazard files name the
 * function while their line ranges go stale as the code moves: a first review would then approve
 * the wrong lines. Where the note's function is found in the file, it says whether the range still
 * covers it, and suggests anchoring the location on it.
 */
public final class NotedFunctions {

    private static final Pattern CALL = Pattern.compile("(?<![\\w$.#])([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\(\\)");

    private NotedFunctions() {
    }

    /** The names written as {@code name()} in a note, in order. */
    static List<String> named(String note) {
        List<String> out = new ArrayList<>();
        if (note == null) {
            return out;
        }
        Matcher m = CALL.matcher(note);
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * A warning when the note names a function found once in the file and the range covers none of
     * the functions so found; else empty.
     */
    static String staleRange(SourceFile file, CodeLocation location, LineRange range) {
        List<Found> found = found(file, location.note());
        if (found.isEmpty() || found.stream().anyMatch(f -> overlaps(f.lines(), range))) {
            return "";
        }
        Found f = found.get(0);
        return "The note names " + f.name() + "(), which is at lines " + f.lines() + ", outside lines " + range
                + ": the range may be stale. Anchor the location on the function instead: " + file.path() + "#" + f.name();
    }

    /** The symbol anchor to suggest for a location whose note names a function found once in the file; else empty. */
    static String suggestion(SourceFile file, CodeLocation location) {
        List<Found> found = found(file, location.note());
        return found.isEmpty() ? "" : file.path() + "#" + found.get(0).name();
    }

    private record Found(String name, LineRange lines) {
    }

    private static List<Found> found(SourceFile file, String note) {
        List<Found> out = new ArrayList<>();
        if (file.isBinary() || SymbolLanguage.of(file.path()).isEmpty()) {
            return out;
        }
        for (String name : named(note)) {
            SymbolLookup lookup = SymbolLookup.in(file, name);
            if (lookup.found()) {
                out.add(new Found(name, lookup.lines()));
            }
        }
        return out;
    }

    private static boolean overlaps(LineRange a, LineRange b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }
}
