package org.hazardlog.ui.audit;

import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.hazardlog.app.UserAdministration;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.access.User;

/**
 * The users of the log: the CSO adds users, sets roles and gives passwords; everyone changes their
 * own password once they have one.
 */
public final class UsersDialog {

    private final AccountabilityModel model;
    private final Window owner;
    private final TableView<User> table = new TableView<>();

    private UsersDialog(AccountabilityModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    public static void show(Window owner, AccountabilityModel model) {
        new UsersDialog(model, owner).dialog().showAndWait();
    }

    private Dialog<Void> dialog() {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Users");
        d.setHeaderText("Users of this log and their roles");
        table.setId("usersTable");
        table.setPrefSize(560, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Name", User::name));
        table.getColumns().add(column("Role", u -> u.role().label()));
        table.getColumns().add(column("Password", u -> u.hasPassword() ? "set" : "none"));
        refresh();

        TextField name = new TextField();
        name.setId("newUserName");
        name.setPromptText("Name");
        name.setAccessibleText("Name of the new user");
        ComboBox<Role> role = roles("newUserRole");
        Button add = new Button("Add user");
        add.setId("addUserButton");
        add.setOnAction(e -> {
            boolean added = role.getValue() == Role.CSO ? addCso(name.getText())
                    : model.addUser(name.getText(), role.getValue());
            if (added) {
                name.clear();
                refresh();
            }
        });
        ComboBox<Role> newRole = roles("changeRoleChoice");
        Button setRole = new Button("Set role of selected");
        setRole.setId("setRoleButton");
        setRole.setOnAction(e -> selected().ifPresent(u -> {
            boolean letsThemSign = newRole.getValue() == Role.CSO && u.role() != Role.CSO && u.hasPassword();
            boolean changed = letsThemSign ? ownPassword("Make " + u.name() + " a CSO, who can then sign")
                    .map(mine -> model.setRole(u.name(), Role.CSO, mine)).orElse(false)
                    : model.setRole(u.name(), newRole.getValue());
            if (changed) {
                refresh();
            }
        }));
        Button password = new Button("Set password\u2026");
        password.setId("setPasswordButton");
        password.setOnAction(e -> askPassword());

        boolean csoTools = model.may(Permission.MANAGE_USERS).get();
        add.setDisable(!csoTools);
        setRole.setDisable(!csoTools);
        HBox adding = new HBox(8, name, role, add);
        HBox changing = new HBox(8, newRole, setRole, password);
        adding.setAlignment(Pos.CENTER_LEFT);
        changing.setAlignment(Pos.CENTER_LEFT);
        Label who = new Label();
        who.textProperty().bind(model.whoTextProperty().map(t -> "You: " + t));
        VBox content = new VBox(10, who, table, adding, changing);
        content.setPadding(new Insets(4));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return d;
    }

    /**
     * A new CSO gets a password from the CSO adding them, confirmed with that CSO's own; left empty,
     * the new CSO cannot sign until another CSO sets one.
     */
    private boolean addCso(String name) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Add a CSO");
        d.setHeaderText("Password for " + name.strip() + ", who signs issued versions as CSO.\n"
                + "Leave it empty to add a CSO who cannot sign until another CSO sets one.");
        PasswordField mine = password("addingCsoOwnPassword", "Your own password");
        PasswordField fresh = password("newCsoPassword", "Password for the new CSO");
        PasswordField again = password("newCsoPasswordAgain", "Password for the new CSO again");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Your password"), mine);
        grid.addRow(1, new Label("Their password"), fresh);
        grid.addRow(2, new Label("Again"), again);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        try {
            if (d.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                return false;
            }
            if (!fresh.getText().equals(again.getText())) {
                model.problem("User not added", "The two passwords for " + name.strip() + " differ; nothing was changed.");
                return false;
            }
            if (fresh.getText().isEmpty()) {
                return model.addUser(name, Role.CSO);
            }
            return model.addUser(name, Role.CSO, fresh.getText().toCharArray(), mine.getText().toCharArray());
        } finally {
            mine.clear();
            fresh.clear();
            again.clear();
        }
    }

    /** Asks for the acting CSO's own password to confirm {@code what}; empty when cancelled. */
    private Optional<char[]> ownPassword(String what) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Your password");
        d.setHeaderText(what + ": confirm with your own password.");
        PasswordField mine = password("confirmOwnPassword", "Your own password");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, new Label("Your password"), mine);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        try {
            return d.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK
                    ? Optional.of(mine.getText().toCharArray()) : Optional.empty();
        } finally {
            mine.clear();
        }
    }

    /** Your own password, or as CSO someone else's (needs your own); the new one typed twice. */
    private void askPassword() {
        String target = selected().map(User::name).orElse(model.actorProperty().get().name());
        boolean own = User.key(target).equals(User.key(model.actorProperty().get().name()));
        boolean needsCurrent = !own || model.users().stream()
                .anyMatch(u -> User.key(u.name()).equals(User.key(target)) && u.hasPassword());
        if (!needsCurrent) {
            model.problem("Password not set", target + " has no password, and nobody sets their own first password: "
                    + "anyone could name themselves " + target + ". " + UserAdministration.whoSetsPasswords(target));
            return;
        }
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Set password");
        d.setHeaderText("Password for " + target + " (used to sign issued versions)");
        PasswordField current = password("currentPassword", own ? "Your current password" : "Your own password");
        PasswordField fresh = password("newPassword", "New password");
        PasswordField again = password("newPasswordAgain", "New password again");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        if (needsCurrent) {
            grid.addRow(row++, new Label(own ? "Current password" : "Your password"), current);
        }
        grid.addRow(row++, new Label("New password"), fresh);
        grid.addRow(row, new Label("Again"), again);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (d.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        if (!fresh.getText().equals(again.getText())) {
            model.problem("Password not set", "The two new passwords differ; nothing was changed.");
            return;
        }
        if (model.setPassword(target, fresh.getText().toCharArray(),
                needsCurrent ? current.getText().toCharArray() : null)) {
            refresh();
        }
        fresh.clear();
        again.clear();
        current.clear();
    }

    private Optional<User> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void refresh() {
        table.getItems().setAll(model.users());
    }

    private static ComboBox<Role> roles(String id) {
        ComboBox<Role> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(Role.values());
        c.setValue(Role.ENGINEER);
        return c;
    }

    private static PasswordField password(String id, String accessible) {
        PasswordField p = new PasswordField();
        p.setId(id);
        p.setAccessibleText(accessible);
        return p;
    }

    private static TableColumn<User, String> column(String title, Function<User, String> value) {
        TableColumn<User, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
