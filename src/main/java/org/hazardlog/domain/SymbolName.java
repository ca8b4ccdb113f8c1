package org.hazardlog.domain;

import java.util.regex.Pattern;

/**
 * A code location written as the name of a module, class or function ({@code bmi_calculator.__init__},
 * {@code billing::invoice}) rather than as a file path. Templates that list "code associated with a
 * hazard" often do this; such a name can be kept, but no file can be checked against it. A name
 * whose last part reads as a file extension ({@code setup.py}, {@code views.index}) is taken for a
 * file (lower case, up to five letters), so that a missing file is still reported as missing.
 */
public final class SymbolName {

    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:(?:\\.|::)[A-Za-z_][A-Za-z0-9_]*)+");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,5}");

    private SymbolName() {
    }

    /** Whether {@code path} has no slash and no file extension but names a symbol by its dotted parts. */
    public static boolean isSymbolName(String path) {
        if (path == null || !DOTTED.matcher(path).matches()) {
            return false;
        }
        if (path.contains("::")) {
            return true;
        }
        String last = path.substring(path.lastIndexOf('.') + 1);
        return !EXTENSION.matcher(last).matches();
    }
}
