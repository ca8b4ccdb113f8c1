package org.hazardlog.ui.transfer;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.transfer.export.ExportRefusedException;
import org.hazardlog.transfer.export.ExportResult;
import org.hazardlog.transfer.export.HazardExporter;
import org.hazardlog.transfer.export.JsonFileExporter;
import org.hazardlog.transfer.export.MarkdownFolderExporter;

/**
 * File > Export: choose where, write off the JavaFX thread, and say what was written. A place
 * that looks wrong (a folder of other files, a file that is not an export) is asked about first.
 */
public final class ExportDialogs {

    private ExportDialogs() {
    }

    public static void exportMarkdown(Window owner, HazardLogService log) {
        if (log == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export as Markdown: choose the folder for the Hazard-NNNN.md files");
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            export(owner, log, folder.toPath(), force -> new MarkdownFolderExporter(log.scheme(), force), false);
        }
    }

    public static void exportJson(Window owner, HazardLogService log) {
        if (log == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as a HazardLog JSON file");
        chooser.setInitialFileName(log.file().displayName() + ".json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HazardLog JSON export (*.json)", "*.json"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            Path target = file.getName().contains(".") ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".json");
            export(owner, log, target, force -> new JsonFileExporter(log.scheme(), force), false);
        }
    }

    static void export(Window owner, HazardLogService log, Path target,
                       Function<Boolean, HazardExporter> exporter, boolean force) {
        Background.run(owner, () -> exporter.apply(force).export(log.hazards(), target),
                (ExportResult done) -> Alerts.info(owner, "Export finished", report(done)),
                error -> {
                    boolean mayInsist = error instanceof ExportRefusedException refused && refused.overridable() && !force;
                    if (!mayInsist) {
                        Alerts.error(owner, "Nothing exported", Alerts.describe(error));
                    } else if (Alerts.confirm(owner, "Write the export here?", error.getMessage()
                            + ".\n\nNothing else there is changed or deleted. Write the export there anyway?")) {
                        export(owner, log, target, exporter, true);
                    }
                });
    }

    private static String report(ExportResult done) {
        StringBuilder s = new StringBuilder("Wrote " + done.hazards() + (done.hazards() == 1 ? " hazard" : " hazards")
                + " to " + done.target() + " (" + done.written().size()
                + (done.written().size() == 1 ? " file)." : " files)."));
        done.notes().forEach(n -> s.append("\n\n").append(n).append('.'));
        return s.toString();
    }
}
