package org.hazardlog.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.report.Exporter;
import org.hazardlog.report.OutputFile;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.cscr.CscrTemplates;
import org.hazardlog.report.docx.CscrWordExporter;
import org.hazardlog.report.pdf.CscrPdfExporter;
import org.hazardlog.report.pdf.HazardLogPdfExporter;
import org.hazardlog.report.xlsx.HazardLogWorkbook;

/**
 * {@code hazardlog export}: writes the log as a document. Each format is one exporter class; this
 * command only picks one and writes its output safely (never a half-written file).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the hazard log as a document: the Hazard Log workbook (xlsx), the Clinical Safety "
                + "Case Report (docx or pdf), or the hazard log as PDF (--format pdf --document hazard-log).")
final class ExportCommand implements Callable<Integer> {

    enum Format { xlsx, docx, pdf }

    enum Document { cscr, hazard_log }

    @ParentCommand
    private HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    private Path out;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of safety case templates to use instead of the built-in ones (see templates/cscr/).")
    private Path templates;

    @Option(names = "--document", paramLabel = "DOCUMENT", converter = DocumentConverter.class,
            description = "For pdf: cscr (the Clinical Safety Case Report, default) or hazard-log.")
    private Document document = Document.cscr;

    @Override
    public Integer call() {
        // Templates are checked before the log is opened, so a bad template fails fast and writes nothing.
        Optional<Path> templateFolder = Optional.ofNullable(templates);
        try (HazardLogService log = parent.openLog()) {
            Exporter exporter = switch (format) {
                case xlsx -> new HazardLogWorkbook();
                case docx -> new CscrWordExporter(CscrTemplates.load(templateFolder));
                case pdf -> document == Document.hazard_log ? new HazardLogPdfExporter()
                        : new CscrPdfExporter(CscrTemplates.load(templateFolder));
            };
            Path written = OutputFile.write(out, exporter, ReportInput.current(log));
            spec.commandLine().getOut().println("Wrote " + written + ".");
            spec.commandLine().getOut().flush();
            return HazardLogCommand.OK;
        }
    }

    /** Accepts "hazard-log" as users write it. */
    static final class DocumentConverter implements picocli.CommandLine.ITypeConverter<Document> {
        @Override
        public Document convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "cscr" -> Document.cscr;
                case "hazard-log", "hazard_log", "hazardlog" -> Document.hazard_log;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected cscr or hazard-log, not '" + value + "'");
            };
        }
    }
}
