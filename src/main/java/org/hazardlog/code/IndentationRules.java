package org.hazardlog.code;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.hazardlog.domain.InvalidValueException;

/**
 * Which files compare their lines' leading whitespace: those of languages where indentation is
 * meaning (a Python statement moved out of an {@code except} block does something else), plus the
 * extensions a project adds in its settings. Other files keep ignoring whitespace, so re-indenting
 * braced code is not a change.
 *
 * @param extensions lower-case extensions without the dot ({@code py})
 * @param fileNames  whole file names that carry no extension ({@code Makefile})
 */
public record IndentationRules(Set<String> extensions, Set<String> fileNames) {

    /** Python, YAML, Makefile, Haskell, F#, Nim, CoffeeScript, Pug and their close kin. */
    public static final Set<String> BUILT_IN_EXTENSIONS = Set.of(
            "py", "pyw", "pyi", "yml", "yaml", "mk", "mak", "hs", "lhs", "fs", "fsi", "fsx",
            "nim", "nims", "nimble", "coffee", "pug", "jade");

    private static final Set<String> MAKEFILES = Set.of("makefile", "gnumakefile");

    public IndentationRules {
        extensions = Set.copyOf(extensions);
        fileNames = Set.copyOf(fileNames);
    }

    public static IndentationRules defaults() {
        return new IndentationRules(BUILT_IN_EXTENSIONS, MAKEFILES);
    }

    /** The built-in rules and a project's own extensions ({@code .tmpl} or {@code tmpl}). */
    public static IndentationRules withExtra(Collection<String> projectExtensions) {
        Set<String> all = new TreeSet<>(BUILT_IN_EXTENSIONS);
        for (String e : projectExtensions) {
            all.add(extension(e));
        }
        return new IndentationRules(all, MAKEFILES);
    }

    /** An extension as a project writes it, made canonical; refuses what is not one. */
    public static String extension(String written) {
        String e = written.strip();
        if (e.startsWith("*.")) {
            e = e.substring(2);
        } else if (e.startsWith(".")) {
            e = e.substring(1);
        }
        if (e.isEmpty() || e.length() > 20 || !e.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
            throw new InvalidValueException("\"" + written + "\" is not a file extension (write it as py or .py).");
        }
        return e.toLowerCase(Locale.ROOT);
    }

    public boolean significantIn(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (fileNames.contains(name)) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && extensions.contains(name.substring(dot + 1));
    }

    /** How a new review of the file is fingerprinted. */
    public FingerprintScheme schemeFor(String path) {
        return significantIn(path) ? FingerprintScheme.SHA256_INDENTATION_KEPT : FingerprintScheme.SHA256_NORMALISED_WHITESPACE;
    }
}
