package org.hazardlog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.app.EvidenceService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.version.Approval;
import org.hazardlog.domain.version.IssuedVersion;
import org.hazardlog.report.Exporter;
import org.hazardlog.report.OutputFile;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.cscr.CscrReports;
import org.hazardlog.report.cscr.CscrTemplates;
import org.hazardlog.report.docx.CscrWordExporter;
import org.hazardlog.report.docx.HazardLogWordExporter;
import org.hazardlog.report.pdf.CscrPdfExporter;
import org.hazardlog.report.pdf.HazardLogPdfExporter;
import org.hazardlog.report.xlsx.HazardLogWorkbook;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.transfer.export.ExportRefusedException;
import org.hazardlog.transfer.export.ExportResult;
import org.hazardlog.transfer.export.HazardExporter;
import org.hazardlog.transfer.export.JsonFileExporter;
import org.hazardlog.transfer.export.MarkdownFolderExporter;

/**
 * {@code hazardlog export --format FORMAT --out PATH}: the whole log in one format. Each format is
 * one exporter class; this command only picks one and reports what was written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every hazard of the log.",
                "md: a folder of Hazard-NNNN.md files in the Quill form and an index.md. Files of that name are "
                        + "replaced; nothing else in the folder is changed or deleted.",
                "json: one HazardLog JSON file with the risk scheme and every field (import reads it back exactly).",
                "xlsx: the Hazard Log workbook (Hazard Log, Controls, Risk Matrix and Scheme sheets).",
                "docx: the Clinical Safety Case Report in Word (with --version N and an approval of that version's "
                        + "safety case (cscr approve), the approved content; otherwise a draft marked NOT APPROVED - DRAFT), "
                        + "or with --document hazard-log the hazard log.",
                "pdf: the Clinical Safety Case Report, or with --document hazard-log the hazard log, as PDF.",
                "With --version N every format is made from issued version N and carries its approval (signer, "
                        + "role, time, content hash, revision history); without it, the copy is marked DRAFT."},
        footer = {"", "Exit codes: 0 written; 1 refused or could not write (nothing written); 2 usage error."})
final class ExportCommand implements Callable<Integer> {

    /** The formats {@code --format} takes, as typed (case does not matter). */
    enum Format { MD, JSON, XLSX, DOCX, PDF }

    enum Document { CSCR, HAZARD_LOG }

    @ParentCommand
    private HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WhoIsWorking who;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "md, json, xlsx, docx or pdf.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "md: the folder to write (created if missing); otherwise the file to write.")
    private Path out;

    @Option(names = "--force", description = "Write into a folder that holds other files (md; they are left as "
            + "they are), or replace a file that is not a HazardLog export (json).")
    private boolean force;

    @Option(names = "--version", paramLabel = "N",
            description = "Export issued version N, with its approval, instead of the log as it is now "
                    + "(every format; the json export of a version can be checked with verify-export).")
    private Integer version;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "docx and pdf: a folder of safety case templates to use instead of the built-in ones "
                    + "(see templates/cscr/).")
    private Path templates;

    @Option(names = "--document", paramLabel = "DOCUMENT", converter = DocumentConverter.class,
            description = "docx and pdf: cscr (the Clinical Safety Case Report, default) or hazard-log.")
    private Document document = Document.CSCR;

    @Override
    public Integer call() {
        HazardLogFile file = parent.logFile();
        if (!file.exists()) {
            // Exporting must not create an empty log as a side effect of a mistyped --db.
            throw new RefusedException("there is no hazard log at " + file + "; nothing exported");
        }
        try (HazardLogService log = parent.readLog(who)) {
            return switch (format) {
                case MD, JSON -> exportFiles(log, file);
                case XLSX, DOCX, PDF -> exportDocument(log);
            };
        }
    }

    /** A folder this export created and left empty when it failed is removed again: a failed export leaves nothing. */
    private static void removeIfMadeAndEmpty(Path folder, boolean existed) {
        if (existed || !Files.isDirectory(folder)) {
            return;
        }
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException ignored) {
            // left as it is: an empty folder, which the message's reason explains
        }
    }

    private int exportFiles(HazardLogService log, HazardLogFile file) {
        boolean outExisted = Files.exists(out);
        try {
            ExportResult result;
            if (version == null) {
                HazardExporter exporter = format == Format.MD ? new MarkdownFolderExporter(log.scheme(), force)
                        : new JsonFileExporter(log.scheme(), force, new EvidenceService(log).verification());
                result = exporter.export(log.hazards(), out);
            } else if (format == Format.MD) {
                // An issued version as files: its snapshot, and its approval in the index.
                IssuedVersion issued = log.versions().version(version);
                result = new MarkdownFolderExporter(issued.scheme(), force,
                        Optional.of(Approval.of(issued, log.versions().list()))).export(issued.hazards(), out);
            } else {
                // Written from the signed snapshot text itself, so verify-export can recompute its hash.
                String json = log.versions().exportJson(version);
                int count = log.versions().version(version).hazards().size();
                result = new JsonFileExporter(log.scheme(), force).write(json, count, out);
            }
            int count = result.hazards();
            PrintWriter w = spec.commandLine().getOut();
            result.notes().forEach(n -> w.println("Note: " + n));
            w.println("Exported " + count + (count == 1 ? " hazard" : " hazards")
                    + (version == null ? "" : " of issued version " + version) + " from " + file
                    + " to " + out + " (" + (result.written().size() == 1 ? "1 file" : result.written().size() + " files")
                    + " written).");
            w.flush();
            return HazardLogCommand.OK;
        } catch (ExportRefusedException e) {
            throw new RefusedException("nothing exported: " + e.getMessage()
                    + (e.overridable() ? ". Nothing else would be changed or deleted: use --force if this is the place you meant" : ""));
        } catch (IOException e) {
            removeIfMadeAndEmpty(out, outExisted);
            throw new RefusedException("export failed: cannot write " + out + ": " + (OutputFile.diskFull(e)
                    ? "the disk is full. Nothing was written; free some space and export again." : e.getMessage()));
        }
    }

    private Exporter documentExporter(HazardLogService log) {
        Optional<Path> templateFolder = Optional.ofNullable(templates);
        return switch (format) {
            case XLSX -> new HazardLogWorkbook();
            case DOCX -> document == Document.HAZARD_LOG ? new HazardLogWordExporter()
                    : CscrWordExporter.of(CscrReports.forExport(log, Optional.ofNullable(version), CscrTemplates.load(templateFolder)));
            case PDF -> document == Document.HAZARD_LOG ? new HazardLogPdfExporter()
                    : CscrPdfExporter.of(CscrReports.forExport(log, Optional.ofNullable(version), CscrTemplates.load(templateFolder)));
            default -> throw new IllegalStateException(format + " is not a document format");
        };
    }

    private int exportDocument(HazardLogService log) {
        ReportInput input = version == null ? ReportInput.current(log) : ReportInput.issued(log, version);
        Path written = OutputFile.write(out, documentExporter(log), input);
        spec.commandLine().getOut().println("Wrote " + written + ".");
        spec.commandLine().getOut().flush();
        return HazardLogCommand.OK;
    }

    /** Accepts "hazard-log" as users write it. */
    static final class DocumentConverter implements picocli.CommandLine.ITypeConverter<Document> {
        @Override
        public Document convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "cscr" -> Document.CSCR;
                case "hazard-log", "hazard_log", "hazardlog" -> Document.HAZARD_LOG;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected cscr or hazard-log, not '" + value + "'");
            };
        }
    }
}
