package org.hazardlog.ui.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.hazardlog.app.AuditService;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;

/** The whole audit trail with filters by user, hazard, field and date (UTC days), and a check of the chain. */
public final class AuditTrailWindow {

    private final AccountabilityModel model;
    private final TextField user = filter("auditUserFilter", "User", 10);
    private final TextField hazard = filter("auditHazardFilter", "Hazard no.", 6);
    private final TextField field = filter("auditFieldFilter", "Field", 10);
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final TableView<AuditEvent> table = EventTable.create("auditTable", true);
    private final Label count = new Label();

    private AuditTrailWindow(AccountabilityModel model) {
        this.model = model;
    }

    public static void show(Window owner, AccountabilityModel model) {
        AuditTrailWindow w = new AuditTrailWindow(model);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Audit trail");
        Scene scene = new Scene(w.content(), 1200, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        w.apply();
        stage.show();
    }

    private BorderPane content() {
        from.setId("auditFrom");
        from.setPromptText("From (UTC day)");
        from.setPrefWidth(140);
        until.setId("auditUntil");
        until.setPromptText("Until (UTC day)");
        until.setPrefWidth(140);
        Button apply = new Button("Filter");
        apply.setId("auditApply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> apply());
        Button verify = new Button("Verify chain");
        verify.setId("auditVerify");
        verify.setOnAction(e -> verify());
        verify.disableProperty().bind(model.workingProperty().isNotEmpty());
        count.setId("auditCount");
        HBox filters = new HBox(8, new Label("Show changes by"), user, hazard, field, from, until, apply, verify, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(10));
        BorderPane root = new BorderPane(table);
        root.setTop(filters);
        return root;
    }

    private void apply() {
        Integer number = null;
        if (!hazard.getText().isBlank()) {
            try {
                number = Integer.parseInt(hazard.getText().strip());
            } catch (NumberFormatException e) {
                count.setText("The hazard is its number, such as 12.");
                return;
            }
        }
        AuditQuery q = AuditQuery.ALL.withUser(user.getText()).withHazard(number).withField(field.getText())
                .between(day(from.getValue(), 0), day(until.getValue(), 1));
        table.getItems().setAll(model.events(q, AuditService.WINDOW_LIMIT));
        int n = table.getItems().size();
        count.setText(n + (n == 1 ? " change" : " changes") + (n == AuditService.WINDOW_LIMIT ? " (the newest)" : ""));
    }

    private void verify() {
        count.setText("Checking the audit trail\u2026");
        model.verify(check -> count.setText(describe(check)), () -> count.setText(""));
    }

    static String describe(AuditCheck check) {
        return check.isIntact() ? "Intact: " + check.events() + " events, head " + check.head().sequence()
                : "BROKEN: " + check.broken().orElseThrow().message() + (check.problems().size() > 1
                        ? " (and " + (check.problems().size() - 1) + " more problems: hazardlog audit verify lists them)" : "");
    }

    private static java.time.Instant day(LocalDate d, int plusDays) {
        return d == null ? null : d.plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static TextField filter(String id, String prompt, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setAccessibleText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }
}
