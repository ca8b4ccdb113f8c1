package org.hazardlog.code;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages whose declarations a symbol anchor ({@code path#name}) can be found in, by file
 * extension. Python's blocks are its indentation; the others' are braces.
 */
enum SymbolLanguage {
    PYTHON, JAVASCRIPT, JAVA, KOTLIN, GO, CSHARP;

    private static final Map<String, SymbolLanguage> BY_EXTENSION = Map.ofEntries(
            Map.entry("py", PYTHON), Map.entry("pyw", PYTHON), Map.entry("pyi", PYTHON),
            Map.entry("js", JAVASCRIPT), Map.entry("jsx", JAVASCRIPT), Map.entry("mjs", JAVASCRIPT),
            Map.entry("cjs", JAVASCRIPT), Map.entry("ts", JAVASCRIPT), Map.entry("tsx", JAVASCRIPT),
            Map.entry("mts", JAVASCRIPT), Map.entry("cts", JAVASCRIPT),
            Map.entry("java", JAVA), Map.entry("kt", KOTLIN), Map.entry("kts", KOTLIN),
            Map.entry("go", GO), Map.entry("cs", CSHARP));

    static Optional<SymbolLanguage> of(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The extensions understood, for a message to someone who used another. */
    static String known() {
        return "Python, JavaScript/TypeScript, Java, Kotlin, Go and C#";
    }
}
