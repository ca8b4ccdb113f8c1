package org.hazardlog.code;

/**
 * A declaration a scanner found in a file: a function, method or class (or struct, interface ...).
 *
 * @param name          the name as declared ({@code bar})
 * @param qualifiedName with the names of the declarations around it ({@code Foo.bar}); for a Go
 *                      method, its receiver's type ({@code Server.Handle})
 * @param lines         from its first decorator or annotation to the end of its body
 */
record Declaration(String name, String qualifiedName, LineRange lines) {

    /** Whether a symbol as written names this declaration: its name, or the end of its qualified name. */
    boolean isNamedBy(String symbol) {
        return qualifiedName.equals(symbol) || qualifiedName.endsWith("." + symbol);
    }
}
