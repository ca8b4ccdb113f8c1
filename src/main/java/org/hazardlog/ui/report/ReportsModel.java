package org.hazardlog.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.report.OutputFile;
import org.hazardlog.report.ReportException;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.ReportVersion;
import org.hazardlog.report.cscr.CscrReports;
import org.hazardlog.report.cscr.CscrTemplates;

/**
 * State and command of the Reports window: which document, which version of the log, which
 * template folder, which output file. Writing runs off the JavaFX thread as a Task, so the window
 * stays responsive and shows progress; the result is opened when the desktop allows.
 */
final class ReportsModel {

    /** The log as it is now; the other choices are the issued versions. */
    static final String CURRENT = ReportVersion.CURRENT_LABEL;

    private final HazardLogService log;
    private final Executor executor;
    private final Consumer<Path> opener;
    final ObjectProperty<ReportDocument> document = new SimpleObjectProperty<>(ReportDocument.CSCR_PDF);
    final StringProperty version = new SimpleStringProperty(CURRENT);
    /** Empty: the built-in templates. */
    final StringProperty templateFolder = new SimpleStringProperty("");
    final StringProperty outputFile = new SimpleStringProperty("");
    final BooleanProperty openWhenDone = new SimpleBooleanProperty(true);
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty running = new SimpleBooleanProperty(false);

    ReportsModel(HazardLogService log, Executor executor, Consumer<Path> opener) {
        this.log = log;
        this.executor = executor;
        this.opener = opener;
    }

    /** Versions the log can be reported at: the log now, then each issued version, newest first. */
    List<String> versionChoices() {
        List<String> all = new ArrayList<>(List.of(CURRENT));
        log.versions().list().stream().sorted((a, b) -> b.number() - a.number())
                .forEach(v -> all.add(issuedLabel(v.number())));
        return all;
    }

    static String issuedLabel(int number) {
        return "Version " + number + " (issued)";
    }

    /** The issued version chosen, or empty for the log as it is now. */
    Optional<Integer> chosenVersion() {
        String chosen = version.get();
        return chosen == null || chosen.equals(CURRENT) ? Optional.empty()
                : Optional.of(Integer.parseInt(chosen.replaceAll("\\D+", "")));
    }

    /** Why the person working cannot approve the safety case of the chosen version; empty when they can. */
    Optional<String> whyNotApprove() {
        return CscrApprovalModel.whyNot(log, chosenVersion());
    }

    /** The approval of the chosen version's safety case, with the proposed texts to start from. */
    CscrApprovalModel approval() {
        return new CscrApprovalModel(log, chosenVersion().orElseThrow(), CscrTemplates.load(templates()));
    }

    private Optional<Path> templates() {
        return templateFolder.get().isBlank() ? Optional.empty() : Optional.of(Path.of(templateFolder.get().strip()));
    }

    private ReportInput input(String chosen) {
        if (chosen == null || chosen.equals(CURRENT)) {
            return ReportInput.current(log);
        }
        return ReportInput.issued(log, Integer.parseInt(chosen.replaceAll("\\D+", "")));
    }

    /** A file name for the chosen document next to the log, unless the user named one. */
    Path suggestedOutput() {
        return suggestedOutputFor(document.get());
    }

    Path suggestedOutputFor(ReportDocument d) {
        return log.file().file().getParent().resolve(d.fileName());
    }

    /** Starts writing the chosen document; returns the task so callers (and tests) can follow it. */
    Optional<Task<Path>> export() {
        if (running.get()) {
            return Optional.empty();
        }
        if (outputFile.get().isBlank()) {
            message.set("Choose the file to write.");
            return Optional.empty();
        }
        Path out = withExtension(Path.of(outputFile.get().strip()), document.get().extension());
        outputFile.set(out.toString());
        ReportDocument chosen = document.get();
        String chosenVersion = version.get();
        Optional<Path> templates = templateFolder.get().isBlank() ? Optional.empty() : Optional.of(Path.of(templateFolder.get().strip()));
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                updateMessage("Reading the hazard log\u2026");
                updateProgress(0.1, 1);
                CscrTemplates t = chosen.usesTemplates() ? CscrTemplates.load(templates) : null;
                ReportInput input = input(chosenVersion);
                updateMessage("Writing " + out.getFileName() + " (" + input.hazards().size()
                        + (input.hazards().size() == 1 ? " hazard" : " hazards") + ")\u2026");
                updateProgress(0.4, 1);
                Path result = OutputFile.write(out, exporter(chosen, t, chosenVersion), input);
                updateProgress(1, 1);
                return result;
            }
        };
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        task.setOnSucceeded(e -> finished(task, () -> {
            Path result = task.getValue();
            message.set("Wrote " + result + ".");
            if (openWhenDone.get()) {
                opener.accept(result);
            }
        }));
        task.setOnFailed(e -> finished(task, () -> {
            Throwable ex = task.getException();
            message.set(ex instanceof ReportException ? ex.getMessage()
                    : "The document could not be written: " + ex);
        }));
        executor.execute(task);
        return Optional.of(task);
    }

    /** A safety case of an approved version is its approved content; other documents are made now. */
    private org.hazardlog.report.Exporter exporter(ReportDocument chosen, CscrTemplates t, String chosenVersion) {
        Optional<Integer> number = chosenVersion == null || chosenVersion.equals(CURRENT) ? Optional.empty()
                : Optional.of(Integer.parseInt(chosenVersion.replaceAll("\\D+", "")));
        return switch (chosen) {
            case CSCR_PDF -> org.hazardlog.report.pdf.CscrPdfExporter.of(CscrReports.forExport(log, number, t));
            case CSCR_WORD -> org.hazardlog.report.docx.CscrWordExporter.of(CscrReports.forExport(log, number, t));
            default -> chosen.exporter(t);
        };
    }

    private void finished(Task<Path> task, Runnable then) {
        progress.unbind();
        message.unbind();
        running.set(false);
        progress.set(task.getState() == javafx.concurrent.Worker.State.SUCCEEDED ? 1 : 0);
        then.run();
    }

    static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? p : p.resolveSibling(name + "." + extension);
    }
}
