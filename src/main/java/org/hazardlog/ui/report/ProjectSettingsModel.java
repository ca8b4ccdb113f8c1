package org.hazardlog.ui.report;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.store.HazardLogUnavailableException;

/** The project settings of the open log, as editable properties; saved into the log itself. */
final class ProjectSettingsModel {

    private final HazardLogService log;
    final StringProperty product = new SimpleStringProperty("");
    final StringProperty version = new SimpleStringProperty("");
    final StringProperty manufacturer = new SimpleStringProperty("");
    final StringProperty cso = new SimpleStringProperty("");
    final StringProperty author = new SimpleStringProperty("");
    final StringProperty reviewers = new SimpleStringProperty("");
    final StringProperty approver = new SimpleStringProperty("");
    final StringProperty problem = new SimpleStringProperty("");

    ProjectSettingsModel(HazardLogService log) {
        this.log = log;
        ProjectSettings s = log.projectSettings();
        product.set(s.product());
        version.set(s.version());
        manufacturer.set(s.manufacturer());
        cso.set(s.cso());
        author.set(s.author());
        reviewers.set(s.reviewers());
        approver.set(s.approver());
    }

    /** Saves; false (with the reason in {@link #problem}) when a value cannot be stored. */
    boolean save() {
        try {
            log.saveProjectSettings(new ProjectSettings(product.get(), version.get(), manufacturer.get(), cso.get(),
                    author.get(), reviewers.get(), approver.get()));
            problem.set("");
            return true;
        } catch (InvalidValueException | HazardLogUnavailableException | AccessRefusedException e) {
            problem.set("Not saved: " + e.getMessage());
            return false;
        }
    }
}
