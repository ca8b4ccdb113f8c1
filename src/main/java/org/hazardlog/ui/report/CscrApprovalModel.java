package org.hazardlog.ui.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.cscr.CscrApproval;
import org.hazardlog.domain.cscr.Gap;
import org.hazardlog.domain.version.VersionSummary;
import org.hazardlog.report.ReportException;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.cscr.CscrConclusion;
import org.hazardlog.report.cscr.CscrReports;
import org.hazardlog.report.cscr.CscrTemplates;
import org.hazardlog.report.cscr.ProposedText;
import org.hazardlog.store.HazardLogUnavailableException;

/**
 * The CSO approving the safety case of one issued version in the window, through the same service
 * as {@code hazardlog cscr approve}. The CSO writes (or rewrites the proposed) statement and
 * sign-off, prepares the report, which fixes its content hash and its gaps, confirms each gap, and
 * signs with their password. Changing a text after preparing throws the preparation away, so the
 * hash shown is always the hash of what would be signed.
 */
final class CscrApprovalModel {

    /** One gap of the prepared report and whether the CSO has confirmed it. */
    static final class GapCheck {
        final Gap gap;
        final BooleanProperty confirmed = new SimpleBooleanProperty(false);

        GapCheck(Gap gap) {
            this.gap = gap;
        }
    }

    private final HazardLogService log;
    private final int version;
    private final CscrTemplates templates;
    final StringProperty statement = new SimpleStringProperty("");
    final StringProperty signOff = new SimpleStringProperty("");
    final ObjectProperty<CscrReports.Prepared> prepared = new SimpleObjectProperty<>();
    /** Reports a change whenever a gap is ticked or unticked, so what blocks signing stays current. */
    final ObservableList<GapCheck> gaps = FXCollections.observableArrayList(g -> new javafx.beans.Observable[] {g.confirmed});
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<CscrApproval> approval = new SimpleObjectProperty<>();

    CscrApprovalModel(HazardLogService log, int version, CscrTemplates templates) {
        this.log = log;
        this.version = version;
        this.templates = templates;
        ReportInput input = CscrReports.input(log, version);
        statement.set(ProposedText.statement(input));
        signOff.set(ProposedText.signOff(input, templates));
        statement.addListener((o, a, b) -> unprepare());
        signOff.addListener((o, a, b) -> unprepare());
    }

    /**
     * Why the current person cannot approve the safety case of the chosen version, or empty when
     * they can. {@code versionNumber} is empty when the log as it is now is chosen.
     */
    static Optional<String> whyNot(HazardLogService log, Optional<Integer> versionNumber) {
        if (versionNumber.isEmpty()) {
            return Optional.of("Only the safety case of an issued version can be approved: choose a version above "
                    + "(Audit > Issue version issues one).");
        }
        if (!log.actor().may(Permission.APPROVE_CSCR)) {
            return Optional.of("Only the Clinical Safety Officer approves a safety case; "
                    + log.actor().describe() + ".");
        }
        return Optional.empty();
    }

    int version() {
        return version;
    }

    /** The issued version the report rests on, as the CSO should check it. */
    String restsOn() {
        return log.versions().list().stream().filter(v -> v.number() == version).findFirst()
                .map(CscrApprovalModel::describe).orElse("Version " + version);
    }

    private static String describe(VersionSummary v) {
        return "Version " + v.number() + " (\u201c" + v.summary() + "\u201d), " + v.hazardCount()
                + (v.hazardCount() == 1 ? " hazard" : " hazards") + ", issued by " + v.signature().name() + " at "
                + v.signature().time() + "; version content SHA-256 " + v.contentHash();
    }

    /** What still stops signing, in the words the window shows; empty when the CSO may sign. */
    StringBinding blocker() {
        return Bindings.createStringBinding(() -> {
            if (approval.get() != null) {
                return "";
            }
            for (String text : List.of(statement.get(), signOff.get())) {
                if (text.contains(ProposedText.TO_WRITE)) {
                    return "Replace each \u201c" + ProposedText.TO_WRITE + " \u2026]\u201d request with your own words.";
                }
            }
            if (statement.get().isBlank() || signOff.get().isBlank()) {
                return "Write the summary safety statement and the sign-off wording.";
            }
            if (prepared.get() == null) {
                return "Prepare the report to see its content hash and gaps.";
            }
            long open = gaps.stream().filter(g -> !g.confirmed.get()).count();
            if (open > 0) {
                return "Confirm each gap (" + open + " not confirmed).";
            }
            return "";
        }, statement, signOff, prepared, approval, gaps);
    }

    /** Makes the report with the CSO's texts as it would be signed, fixing its content hash and gaps. */
    boolean prepare() {
        try {
            CscrReports.Prepared p = CscrReports.prepare(log, version, templates,
                    new CscrConclusion(statement.get().strip(), signOff.get().strip()));
            prepared.set(p);
            gaps.setAll(p.gaps().stream().map(GapCheck::new).toList());
            message.set("Prepared: read the content hash and the gaps, confirm each gap, then sign with your password.");
            return true;
        } catch (InvalidValueException | ReportException | HazardLogUnavailableException e) {
            message.set("The report could not be prepared: " + e.getMessage());
            return false;
        }
    }

    private void unprepare() {
        if (prepared.get() != null) {
            prepared.set(null);
            gaps.clear();
            message.set("The text changed: prepare the report again before signing.");
        }
    }

    /** Signs the prepared report; on any refusal nothing is recorded and the reason is shown. */
    boolean approve(char[] password) {
        CscrReports.Prepared p = prepared.get();
        if (p == null) {
            java.util.Arrays.fill(password, '\0');
            message.set("Prepare the report first; nothing was approved.");
            return false;
        }
        Set<String> confirmed = new LinkedHashSet<>();
        gaps.stream().filter(g -> g.confirmed.get()).forEach(g -> confirmed.add(g.gap.key()));
        try {
            CscrApproval a = CscrReports.approve(log, p, confirmed, password);
            approval.set(a);
            message.set("Approved: approval " + a.number() + " of version " + a.versionNumber() + " by "
                    + a.signature().name() + " (" + a.signature().role().label() + ") at " + a.signature().time()
                    + ". Write the safety case from the Reports window to get the approved document.");
            return true;
        } catch (AccessRefusedException | InvalidValueException | ReportException | HazardLogUnavailableException e) {
            message.set(e.getMessage());
            return false;
        }
    }
}
