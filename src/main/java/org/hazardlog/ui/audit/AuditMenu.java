package org.hazardlog.ui.audit;

import java.util.function.Supplier;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import org.hazardlog.domain.access.Permission;

/** The Audit menu: who is working, users, the audit trail, and issued versions. */
public final class AuditMenu {

    private AuditMenu() {
    }

    public static Menu create(AccountabilityModel model, Supplier<Window> owner) {
        MenuItem who = item("Who is working\u2026", "whoIsWorkingMenu", model::chooseWhoIsWorking);
        MenuItem users = item("Users\u2026", "usersMenu", () -> UsersDialog.show(owner.get(), model));
        MenuItem trail = item("Audit trail\u2026", "auditTrailMenu", () -> AuditTrailWindow.show(owner.get(), model));
        MenuItem verify = item("Verify audit trail", "verifyAuditMenu", () -> model.verify(
                c -> model.report(c.isIntact() ? "Audit trail intact" : "Audit trail broken", AuditTrailWindow.describe(c)), () -> { }));
        MenuItem versions = item("Versions\u2026", "versionsMenu", () -> VersionsDialog.show(owner.get(), model));
        MenuItem issue = item("Issue version\u2026", "issueVersionMenu", () -> IssueVersionDialog.show(owner.get(), model));
        issue.disableProperty().bind(model.may(Permission.ISSUE_VERSION).not());
        MenuItem compare = item("Compare versions\u2026", "compareVersionsMenu", () -> VersionsDialog.show(owner.get(), model));
        for (MenuItem m : new MenuItem[] {who, users, trail, verify, versions, compare}) {
            m.disableProperty().bind(model.logProperty().isNull());
        }
        Menu menu = new Menu("Audit", null, who, users, new SeparatorMenuItem(), trail, verify, new SeparatorMenuItem(),
                versions, issue, compare);
        menu.setId("auditMenu");
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }
}
