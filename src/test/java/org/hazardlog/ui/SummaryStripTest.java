package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.scheme.RiskSchemeFile;

/**
 * The counts above the table are read at a glance: in a window too narrow for one line they wrap,
 * and none is cut short to "Draft..." (as a row of boxes would squeeze them).
 */
@ExtendWith(ApplicationExtension.class)
class SummaryStripTest {

    private SummaryStrip strip;

    @Start
    void start(Stage stage) {
        HazardEditorModel editor = new HazardEditorModel();
        editor.setScheme(RiskSchemeFile.defaultScheme());
        ObservableList<Hazard> hazards = FXCollections.observableArrayList();
        List<Hazard> many = new ArrayList<>();
        HazardStatus[] statuses = HazardStatus.values();
        for (int i = 1; i <= 1200; i++) {
            HazardStatus status = statuses[i % statuses.length];
            Assessment score = i % 7 == 0 ? Assessment.UNSCORED : Assessment.of(1 + i % 5, 1 + (i / 5) % 5);
            many.add(Hazard.builder().number(i).name("Hazard " + i).status(status).statusText(status.label())
                    .initial(score).residual(score).build());
        }
        hazards.setAll(many);
        strip = new SummaryStrip(hazards, editor, new SimpleBooleanProperty(),
                new SimpleObjectProperty<>(ControlVerification.none()));
        stage.setScene(new Scene(new VBox(strip), 700, 200));
        // The stage is shared by the UI tests, and an earlier one may have made it wider.
        stage.setWidth(700);
        stage.setHeight(200);
        stage.show();
    }

    @Test
    void everyCountIsShownWholeInANarrowWindow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> counts = strip.getChildren().stream()
                .filter(Labeled.class::isInstance).map(Labeled.class::cast).toList();
        assertThat(counts).hasSizeGreaterThan(8);
        for (Labeled count : counts) {
            assertThat(shown(count)).as("what %s shows", count.getText()).isEqualTo(count.getText());
        }
        assertThat(strip.getWidth()).as("the strip is as narrow as the window").isLessThanOrEqualTo(700);
        double right = strip.getChildren().stream().mapToDouble(n -> n.getBoundsInParent().getMaxX()).max().orElseThrow();
        assertThat(right).as("nothing runs past the window's edge").isLessThanOrEqualTo(strip.getWidth());
        assertThat(strip.getHeight()).as("the counts wrap onto more lines").isGreaterThan(40);
    }

    /** The text a label actually draws, which JavaFX elides when the label is narrower than its text. */
    private static String shown(Labeled label) {
        Node text = label.lookup(".text");
        return text instanceof Text t ? t.getText() : label.getText();
    }
}
