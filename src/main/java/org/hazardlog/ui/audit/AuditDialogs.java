package org.hazardlog.ui.audit;

import java.util.List;
import java.util.Optional;

/** The questions the accountability features ask, behind an interface so their model tests without a screen. */
public interface AuditDialogs {

    void showError(String title, String message);

    void showMessage(String title, String message);

    /** Asks who is working, from the users of the log; empty when the person declines (they then only read). */
    Optional<String> askWhoIsWorking(List<String> users, String current);

    /** The first CSO of a new log and the password the person creating it gives them. */
    record FirstCso(String name, char[] password) {
    }

    /**
     * Asks who will be the new log's first CSO (suggesting {@code suggested}) and their password,
     * typed twice; empty when the person cancels. The caller clears the password.
     */
    Optional<FirstCso> askFirstCso(String suggested);
}
