package org.hazardlog.code;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a symbol is in a file now: its lines when exactly one declaration has that name; else why
 * not, as the state a check reports. A symbol that is not found, or names two declarations, never
 * passes: which code was meant cannot be told.
 *
 * @param lines   the declaration's lines, or null when it was not found once
 * @param failure the state to report when {@code lines} is null
 * @param detail  why, for the user, when {@code lines} is null
 */
public record SymbolLookup(LineRange lines, LocationState failure, String detail) {

    static SymbolLookup in(SourceFile file, String symbol) {
        if (SymbolLanguage.of(file.path()).isEmpty()) {
            return new SymbolLookup(null, LocationState.INVALID_LOCATION, "Symbols are found only in "
                    + SymbolLanguage.known() + " files, not in " + file.path() + ": give a line range instead.");
        }
        List<Declaration> named = file.declarations().stream().filter(d -> d.isNamedBy(symbol)).toList();
        if (named.isEmpty()) {
            return new SymbolLookup(null, LocationState.SYMBOL_MISSING, "No function, method or class named "
                    + symbol + " in " + file.path() + ".");
        }
        if (named.size() > 1) {
            String where = named.stream().map(d -> d.qualifiedName() + " at " + lines(d.lines()))
                    .collect(Collectors.joining(", "));
            // Overloads share their qualified name: only a line range can tell them apart.
            boolean qualifying = named.stream().map(Declaration::qualifiedName).distinct().count() == named.size();
            return new SymbolLookup(null, LocationState.SYMBOL_AMBIGUOUS, symbol + " names " + named.size()
                    + " declarations in " + file.path() + " (" + where + "): "
                    + (qualifying ? "qualify it with the class around it (Class.method), or give a line range."
                            : "they have the same qualified name, so use a line range."));
        }
        return new SymbolLookup(named.get(0).lines(), null, "");
    }

    private static String lines(LineRange r) {
        return (r.first() == r.last() ? "line " : "lines ") + r;
    }

    public boolean found() {
        return lines != null;
    }
}
