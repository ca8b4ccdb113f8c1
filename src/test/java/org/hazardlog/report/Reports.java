package org.hazardlog.report;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.scheme.RiskSchemeFile;

/**
 * Test data for documents: the example log with hazard 3 transferred, so that every section has
 * something to show. Counts it gives under the default scheme: initial 3 x level 3, 1 x level 2,
 * 1 TBC; residual 2 x level 3, 1 x level 2, 2 TBC; one outstanding test issue (hazard 1).
 */
public final class Reports {

    public static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 11, 29, 10, 30, 0, 0, ZoneId.of("Europe/London"));
    public static final ProjectSettings PROJECT = new ProjectSettings("WardView ePrescribing", "3.2.0",
            "Example Health Software Ltd", "Dr A. Okafor", "J. Smith", "P. Patel; R. Jones", "Dr B. Approver");
    public static final String OUTSTANDING_TEST = "Automated UI test: a refresh during selection opens the chosen patient.";
    public static final String TRANSFERRED_NAME = "Dose unit defaults to milligrams for a microgram medicine";

    private Reports() {
    }

    public static List<Hazard> hazards() {
        List<Hazard> hazards = new ArrayList<>();
        for (Hazard h : ExampleLog.hazards()) {
            hazards.add(h.number() == 3 ? h.toBuilder().status(HazardStatus.TRANSFERRED).statusText("Transferred").build() : h);
        }
        return hazards;
    }

    public static ReportInput input() {
        return input(hazards());
    }

    public static ReportInput input(List<Hazard> hazards) {
        return new ReportInput(hazards, RiskSchemeFile.defaultScheme(), PROJECT, "ward.mv.db", WHEN,
                ReportVersion.current(WHEN.toLocalDate(), PROJECT.author()));
    }

    public static Path write(Path file, Exporter exporter, ReportInput input) {
        return OutputFile.write(file, exporter, input);
    }
}
