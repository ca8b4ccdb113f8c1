package org.hazardlog.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.hazardlog.app.VersionService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.version.HazardDiff;
import org.hazardlog.domain.version.VersionDiff;
import org.hazardlog.domain.version.VersionSummary;

/** The issued versions, issuing the next one, and comparing any two (or one with the log now). */
public final class VersionsDialog {

    private final AccountabilityModel model;
    private final Window owner;
    private final TableView<VersionSummary> table = new TableView<>();
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final TreeView<String> diff = new TreeView<>();

    private VersionsDialog(AccountabilityModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    public static void show(Window owner, AccountabilityModel model) {
        new VersionsDialog(model, owner).dialog().showAndWait();
    }

    private Dialog<Void> dialog() {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Versions");
        d.setHeaderText("Issued versions of this hazard log");
        d.setResizable(true);
        table.setId("versionsTable");
        table.setPrefSize(860, 180);
        table.setPlaceholder(new Label("No version has been issued yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Version", v -> String.valueOf(v.number())));
        table.getColumns().add(column("Signed (UTC)", v -> v.signature().time().toString()));
        table.getColumns().add(column("Signed by", v -> v.signature().name() + " (" + v.signature().role().label() + ")"));
        table.getColumns().add(column("Hazards", v -> String.valueOf(v.hazardCount())));
        table.getColumns().add(column("Summary", v -> v.summary().replace('\n', ' ')));

        Button issue = new Button("Issue version\u2026");
        issue.setId("issueVersionButton");
        issue.disableProperty().bind(model.may(Permission.ISSUE_VERSION).not());
        issue.setOnAction(e -> IssueVersionDialog.show(owner, model).ifPresent(v -> refresh()));
        from.setId("compareFrom");
        to.setId("compareTo");
        Button compare = new Button("Compare");
        compare.setId("compareButton");
        compare.setOnAction(e -> compare());
        compare.disableProperty().bind(model.workingProperty().isNotEmpty());
        HBox compareBar = new HBox(8, issue, new Label("   Compare"), from, new Label("with"), to, compare);
        compareBar.setAlignment(Pos.CENTER_LEFT);
        diff.setId("versionDiff");
        diff.setShowRoot(true);
        diff.setPrefHeight(320);
        refresh();
        d.getDialogPane().setContent(new VBox(10, table, compareBar, diff));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return d;
    }

    private void refresh() {
        List<VersionSummary> versions = model.versions();
        table.getItems().setAll(versions);
        List<String> choices = new ArrayList<>();
        versions.forEach(v -> choices.add(String.valueOf(v.number())));
        choices.add(VersionService.CURRENT);
        from.getItems().setAll(choices);
        to.getItems().setAll(choices);
        from.setValue(choices.size() > 1 ? choices.get(choices.size() - 2) : VersionService.CURRENT);
        to.setValue(VersionService.CURRENT);
    }

    private void compare() {
        diff.setRoot(new TreeItem<>("Comparing " + from.getValue() + " with " + to.getValue() + "\u2026"));
        model.diff(from.getValue(), to.getValue(), d -> diff.setRoot(tree(d)), () -> diff.setRoot(null));
    }

    /** Added, removed and changed hazards, each changed one with its fields and risk movement. */
    static TreeItem<String> tree(VersionDiff d) {
        TreeItem<String> root = new TreeItem<>("From " + d.from() + " to " + d.to() + ": " + d.added().size()
                + " added, " + d.removed().size() + " removed, " + d.changed().size() + " changed; risk up for "
                + d.risksUp() + ", down for " + d.risksDown());
        root.setExpanded(true);
        if (d.schemeChanged()) {
            root.getChildren().add(new TreeItem<>("The risk scheme changed"));
        }
        for (Hazard h : d.added()) {
            root.getChildren().add(new TreeItem<>("Added: hazard " + h.number() + " " + h.name()));
        }
        for (Hazard h : d.removed()) {
            root.getChildren().add(new TreeItem<>("Removed: hazard " + h.number() + " " + h.name()));
        }
        for (HazardDiff h : d.changed()) {
            String risk = (h.initial().changed() ? "  \u2022 initial risk " + h.initial().label() : "")
                    + (h.residual().changed() ? "  \u2022 residual risk " + h.residual().label() : "");
            TreeItem<String> item = new TreeItem<>("Changed: hazard " + h.number() + " " + h.name() + risk);
            h.changes().forEach(c -> item.getChildren().add(new TreeItem<>(c.toString())));
            item.setExpanded(true);
            root.getChildren().add(item);
        }
        if (d.isEmpty()) {
            root.getChildren().add(new TreeItem<>("No changes"));
        }
        return root;
    }

    private static TableColumn<VersionSummary, String> column(String title, Function<VersionSummary, String> value) {
        TableColumn<VersionSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
