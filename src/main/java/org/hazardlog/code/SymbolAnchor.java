package org.hazardlog.code;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A code location that names a declaration rather than (or as well as) lines:
 * {@code backend/app/main.py#check_fhir_health}, {@code src/Foo.java#Foo.bar}. The symbol follows
 * its code wherever it moves in the file, and its review covers the declaration's whole body.
 *
 * @param file   the repository path of the file
 * @param symbol the name, optionally qualified by the names around it ({@code Foo.bar})
 */
public record SymbolAnchor(String file, String symbol) {

    /** Names joined by dots; a JavaScript private member may start with {@code #}. */
    private static final Pattern SYMBOL = Pattern.compile("#?[A-Za-z_$][\\w$]*(?:\\.#?[A-Za-z_$][\\w$]*)*");

    /**
     * The anchor a written path holds: the text after the first {@code #} that is followed by a
     * symbol and nothing else. Empty for a plain path.
     */
    public static Optional<SymbolAnchor> of(String path) {
        for (int i = path.indexOf('#'); i > 0; i = path.indexOf('#', i + 1)) {
            String symbol = path.substring(i + 1);
            if (SYMBOL.matcher(symbol).matches()) {
                return Optional.of(new SymbolAnchor(path.substring(0, i), symbol));
            }
        }
        return Optional.empty();
    }

    /** As written in a location: {@code file#symbol}. */
    @Override
    public String toString() {
        return file + "#" + symbol;
    }
}
