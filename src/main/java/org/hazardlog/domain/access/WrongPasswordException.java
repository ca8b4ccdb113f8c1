package org.hazardlog.domain.access;

/**
 * A password that does not match, or none set where one is needed. Nothing is signed or changed.
 * The message never contains the password.
 */
public class WrongPasswordException extends AccessRefusedException {

    public WrongPasswordException(Permission permission, String message) {
        super(permission, message);
    }
}
