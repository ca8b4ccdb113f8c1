package org.hazardlog.domain.access;

/** An action the person's role does not allow. The message says which role it needs and who tried. */
public class AccessRefusedException extends RuntimeException {

    private final Permission permission;

    public AccessRefusedException(Permission permission, String message) {
        super(message);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
