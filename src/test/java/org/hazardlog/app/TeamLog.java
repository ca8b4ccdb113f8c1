package org.hazardlog.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.access.Role;
import org.hazardlog.store.HazardLogFile;

/**
 * A log with a team: "cso" (who created it and has a password), "eng" (Engineer) and "viewer"
 * (Viewer); hazard 1 is Open and scored with one control, hazard 2 is a Draft. Making it hashes a
 * password, which is slow on purpose, so tests make it once and copy the file.
 */
public final class TeamLog {

    public static final String CSO = "cso";
    public static final String ENGINEER = "eng";
    public static final String VIEWER = "viewer";
    public static final String STRANGER = "stranger";
    public static final String PASSWORD = "correct horse battery";

    private final Path template;

    private TeamLog(Path template) {
        this.template = template;
    }

    public static TeamLog makeIn(Path folder) {
        HazardLogFile file = HazardLogFile.at(folder.resolve("team-template"));
        try (HazardLogService log = HazardLogService.create(file, CSO, PASSWORD.toCharArray())) {
            log.users().add(ENGINEER, Role.ENGINEER);
            log.users().add(VIEWER, Role.VIEWER);
            log.create(Hazard.builder().name("Wrong patient record opened").description("The ward list is stale.")
                    .status(HazardStatus.OPEN).statusText("Open").initial(Assessment.of(3, 4)).residual(Assessment.of(2, 4))
                    .controls(List.of(Control.proposed(ControlCategory.DESIGN, "Refresh the list on focus.")))
                    .codeLocations(List.of(CodeLocation.of("src/ward/List.java")))
                    .assignment(CSO).build());
            log.create(Hazard.builder().name("Dose rounding hides small doses").description("Rounded to 1 mg.")
                    .controls(List.of(Control.proposed(ControlCategory.TEST, "Unit tests of rounding.")))
                    .build());
        }
        return new TeamLog(file.file());
    }

    /** A template made by changing a copy of another: its later copies hold those changes. */
    public static TeamLog at(Path template) {
        return new TeamLog(template);
    }

    /** A fresh copy of the log for one test. */
    public HazardLogFile copyTo(Path folder) {
        try {
            Path target = folder.resolve("team-" + System.nanoTime() + HazardLogFile.SUFFIX);
            Files.copy(template, target);
            return HazardLogFile.at(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
