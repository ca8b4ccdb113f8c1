package org.hazardlog.ui.audit;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;

import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.access.Permission;

/**
 * Which parts of the hazard editor the person may change, for greying out the rest. The same rules
 * as the service's policy: the analysis is the Engineer's while the hazard is a draft.
 */
public final class EditorPermissions {

    private final AccountabilityModel model;
    private final ObservableValue<HazardStatus> status;

    public EditorPermissions(AccountabilityModel model, ObservableValue<HazardStatus> status) {
        this.model = model;
        this.status = status;
    }

    public BooleanBinding cannot(Permission p) {
        return model.may(p).not();
    }

    public BooleanBinding cannotEditAnalysis() {
        BooleanBinding draftEditor = model.may(Permission.EDIT_DRAFT);
        BooleanBinding analyst = model.may(Permission.EDIT_ANALYSIS);
        return Bindings.createBooleanBinding(() -> !(analyst.get()
                || (draftEditor.get() && status.getValue() == HazardStatus.DRAFT)), analyst, draftEditor, status);
    }
}
