package org.hazardlog.ui.transfer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.ImportPlan;
import org.hazardlog.report.importing.ImportFormats;
import org.hazardlog.report.xlsx.WorkbookFileReader;
import org.hazardlog.transfer.batch.BatchReading;
import org.hazardlog.transfer.batch.HazardBatchReader;

/**
 * File > Import: choose files or a folder, read them off the JavaFX thread, and show the preview.
 * The main window calls these with only what an import needs: its window, the open log, and how
 * to reload its table afterwards.
 */
public final class ImportDialogs {

    /** The folder last imported from, so the next import starts there (for this session). */
    private static File lastFolder;

    private ImportDialogs() {
    }

    public static void importFiles(Window owner, HazardLogService log, Runnable reload) {
        if (log == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import hazard files");
        List<String> patterns = ImportFormats.forScheme(log.scheme()).extensions().stream().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Hazard files (" + String.join(", ", patterns) + ")", patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            lastFolder = files.get(0).getParentFile();
            preview(owner, log, reload, files.stream().map(File::toPath).toList());
        }
    }

    public static void importFolder(Window owner, HazardLogService log, Runnable reload) {
        if (log == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of hazard files (with its subfolders)");
        startIn(chooser::setInitialDirectory);
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            lastFolder = folder.getParentFile();
            preview(owner, log, reload, List.of(folder.toPath()));
        }
    }

    private static void startIn(Consumer<File> setInitialDirectory) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            setInitialDirectory.accept(lastFolder);
        }
    }

    /** Reads and plans in the background, then shows the preview; nothing is imported until its Import button. */
    static void preview(Window owner, HazardLogService log, Runnable reload, List<Path> paths) {
        Background.run(owner, () -> read(log, paths, false),
                model -> new ImportPreviewDialog(owner, model, log, reload, skipRows -> read(log, paths, skipRows)).show(),
                error -> Alerts.error(owner, "Cannot read the files", Alerts.describe(error)));
    }

    static ImportPreviewModel read(HazardLogService log, List<Path> paths) {
        return read(log, paths, false);
    }

    /**
     * Reads and plans; workbooks are read with the column choices remembered for their layout, and
     * with {@code skipInvalidRows} their invalid rows are skipped (and listed) instead of the whole workbook.
     */
    static ImportPreviewModel read(HazardLogService log, List<Path> paths, boolean skipInvalidRows) {
        WorkbookFileReader workbooks = new WorkbookFileReader(log.scheme(), skipInvalidRows, RememberedColumnMaps::forLayout);
        HazardBatchReader reader = ImportFormats.withWorkbooks(log.scheme(), workbooks);
        BatchReading batch = reader.read(paths);
        ImportPlan plan = ImportPlan.of(batch.hazardList(), log.hazards(), log.scheme());
        return new ImportPreviewModel(batch, plan, workbooks.columnsRead(), skipInvalidRows);
    }
}
