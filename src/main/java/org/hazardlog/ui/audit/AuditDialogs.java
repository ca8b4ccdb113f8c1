package org.hazardlog.ui.audit;

import java.util.List;
import java.util.Optional;

/** The questions the accountability features ask, behind an interface so their model tests without a screen. */
public interface AuditDialogs {

    void showError(String title, String message);

    void showMessage(String title, String message);

    /** Asks who is working, from the users of the log; empty when the person declines (they then only read). */
    Optional<String> askWhoIsWorking(List<String> users, String current);
}
