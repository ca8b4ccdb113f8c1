package org.hazardlog.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

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

import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.report.Exporter;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.ReportVersion;
import org.hazardlog.report.cscr.CscrTemplates;
import org.hazardlog.report.docx.CscrWordExporter;
import org.hazardlog.report.pdf.CscrPdfExporter;
import org.hazardlog.report.pdf.HazardLogPdfExporter;
import org.hazardlog.report.xlsx.HazardLogWorkbook;
import org.hazardlog.report.xlsx.SameCells;

/**
 * The documents, written to a file from the log's hazards (already read), as {@code export --format
 * xlsx|docx|pdf} writes them; beside the workbook, its floor: POI writing the same cells
 * ({@link SameCells}). One document per measurement. Targets at 1,000 hazards: xlsx under 3 s,
 * docx and PDF under 5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ReportBench {

    @Param({"100", "1000", "10000"})
    public int hazards;

    private ReportInput input;
    private CscrTemplates templates;
    private Path folder;
    private int run;

    @Setup(Level.Trial)
    public void setUp() {
        ZonedDateTime now = ZonedDateTime.now();
        input = new ReportInput(Logs.storedHazards(hazards), Logs.SCHEME,
                new ProjectSettings("Bench EPR", "9.9", "Bench Ltd", "Dr A. Okafor", "A. Author", "R. Reviewer",
                        "A. Approver"),
                "bench.mv.db", now, ReportVersion.current(LocalDate.now(), "A. Author"));
        templates = CscrTemplates.builtIn();
        folder = Logs.tempDir("reports");
    }

    @Setup(Level.Iteration)
    public void nextRun() {
        run++;
    }

    @Benchmark
    public Path xlsx() throws IOException {
        return write(new HazardLogWorkbook(), "log.xlsx");
    }

    /** Floor for {@link #xlsx()}: Apache POI writing the same cells and nothing else. */
    @Benchmark
    public Path xlsxPoiFloor() throws IOException {
        return write(SameCells::write, "cells.xlsx");
    }

    @Benchmark
    public Path docx() throws IOException {
        return write(new CscrWordExporter(templates), "cscr.docx");
    }

    @Benchmark
    public Path pdf() throws IOException {
        return write(new CscrPdfExporter(templates), "cscr.pdf");
    }

    @Benchmark
    public Path hazardLogPdf() throws IOException {
        return write(new HazardLogPdfExporter(), "log.pdf");
    }

    private Path write(Exporter exporter, String name) throws IOException {
        Path file = folder.resolve(run + "-" + name);
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.write(input, out);
        }
        return file;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Logs.delete(folder);
    }
}
