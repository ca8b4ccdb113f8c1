package org.hazardlog.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.ImportPlan;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.report.importing.ImportFormats;
import org.hazardlog.report.xlsx.ColumnMap;
import org.hazardlog.report.xlsx.WorkbookFileReader;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.batch.BatchReading;

/**
 * Importing a team's own workbook as NHS teams lay them out (their column names, one of them mapped
 * with a column map, a drop-down list's source below the table): reading it alone, and reading it
 * and storing every row in a new, empty log as {@code import} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class WorkbookImportBench {

    private static final String[] HEADER = {"Hazard ID", "Hazard name", "Description", "Possible causes",
            "Potential clinical impact", "Hazard type", "Initial severity", "Initial likelihood", "Design controls",
            "Residual severity", "Residual likelihood", "Status", "Owner", "Reviewer notes"};

    @Param({"1000"})
    public int rows;

    private Path workbook;
    private Path logs;
    private HazardLogService log;
    private int run;
    private final ColumnMap map = ColumnMap.parse(List.of("Reviewer notes=ignore"));

    @Setup(Level.Trial)
    public void writeWorkbook() throws IOException {
        workbook = Logs.tempDir("workbook-import").resolve("team-hazard-log.xlsx");
        logs = Logs.tempDir("workbook-logs");
        List<Hazard> hazards = Logs.hazards(rows);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            XSSFSheet sheet = wb.createSheet("Hazard log");
            sheet.createRow(0).createCell(0).setCellValue("Hazard log, issue 3");
            XSSFRow header = sheet.createRow(2);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < hazards.size(); i++) {
                Hazard h = hazards.get(i);
                String[] cells = {"H" + String.format("%03d", h.number()), h.name(), h.description(),
                        String.join("\n", h.causes()), h.harm(), String.join("\n", h.hazardTypes()),
                        level(h.initial().severity()), level(h.initial().likelihood()),
                        h.controls().stream().map(Control::text).collect(Collectors.joining("\n")),
                        level(h.residual().severity()), level(h.residual().likelihood()), h.status().label(),
                        h.assignment(), "checked"};
                XSSFRow row = sheet.createRow(3 + i);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            int list = 3 + hazards.size() + 3;
            for (String option : List.of("General risk", "HTML", "Clinical content")) {
                sheet.createRow(list++).createCell(0).setCellValue(option);
            }
            wb.write(out);
        }
    }

    private static String level(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }

    @Setup(Level.Iteration)
    public void openNewLog() {
        log = HazardLogService.openOrCreate(HazardLogFile.at(logs.resolve("log-" + ++run)));
    }

    @Benchmark
    public FileReading readWorkbook() throws IOException {
        FileReading r = new WorkbookFileReader(Logs.SCHEME, false, layout -> map).read(workbook, Files.readAllBytes(workbook));
        if (!r.isValid() || r.hazards().size() != rows) {
            throw new IllegalStateException("the workbook does not read back: " + r.problems());
        }
        return r;
    }

    @Benchmark
    public ImportPlan importWorkbook() {
        BatchReading batch = ImportFormats.withWorkbooks(log.scheme(), new WorkbookFileReader(log.scheme(), false,
                layout -> map)).read(List.of(workbook));
        if (batch.hasProblems() || batch.hazards().size() != rows) {
            throw new IllegalStateException("the workbook does not read back: " + batch.problems());
        }
        return log.importHazards(batch.hazardList());
    }

    @TearDown(Level.Iteration)
    public void closeLog() {
        log.close();
    }
}
