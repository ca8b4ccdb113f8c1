package org.hazardlog.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.Text;
import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.report.ReportException;
import org.hazardlog.transfer.ControlPlaceholders;
import org.hazardlog.transfer.WarningKind;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * Reads hazards from a workbook: the Hazard Log workbook HazardLog writes, or a team's own Excel
 * hazard log, matching columns by their header names. It only reads: it returns the hazards that
 * can be imported and every row that cannot, so the caller can refuse the whole file or import the
 * good rows. Levels are checked against the log's risk scheme; risk levels are never read.
 */
public final class WorkbookImport {

    private static final int HEADER_SEARCH_ROWS = 20;
    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z]*[-_ ]?0*(\\d{1,9})(?:\\.0+)?$");

    /** Rows below the table named one by one in the warning; the rest are counted. */
    private static final int OUTSIDE_ROWS_NAMED = 10;

    private final RiskScheme scheme;
    private final HazardTypeTaxonomy taxonomy;
    private final Function<String, ColumnMap> mapOfLayout;

    public WorkbookImport(RiskScheme scheme) {
        this(scheme, HazardTypeTaxonomy.builtIn());
    }

    public WorkbookImport(RiskScheme scheme, HazardTypeTaxonomy taxonomy) {
        this(scheme, taxonomy, ColumnMap.none());
    }

    /** Reads columns the user mapped ({@code map}) as the fields they chose, before any header HazardLog knows. */
    public WorkbookImport(RiskScheme scheme, HazardTypeTaxonomy taxonomy, ColumnMap map) {
        this(scheme, taxonomy, layout -> map);
    }

    /**
     * As above, with the map chosen by the workbook's header row ({@link ColumnMap#layoutKey}), so
     * that a map remembered for one layout applies to every workbook laid out the same way.
     */
    public WorkbookImport(RiskScheme scheme, HazardTypeTaxonomy taxonomy, Function<String, ColumnMap> mapOfLayout) {
        this.scheme = scheme;
        this.taxonomy = taxonomy;
        this.mapOfLayout = mapOfLayout;
    }

    public WorkbookImportResult read(Path file) {
        try (XSSFWorkbook workbook = open(file)) {
            return new Reading(workbook, file).read();
        } catch (IOException e) {
            throw new ReportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static XSSFWorkbook open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReportException(file + " does not exist.");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new ReportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (head.length == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            throw new ReportException(file + " is an Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice, "
                    + "save it as an Excel workbook (.xlsx) and import that.");
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new ReportException(file + " is not an Excel workbook (.xlsx).");
        }
        WorkbookSize.check(file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (NotOfficeXmlFileException | POIXMLException e) {
            throw new ReportException(file + " is not an Excel workbook (.xlsx): it is a zip file without a workbook in it.", e);
        } catch (IOException | RuntimeException e) {
            throw new ReportException(file + " is not a readable Excel workbook (.xlsx): " + e.getMessage(), e);
        }
    }

    /** One pass over one workbook. */
    private final class Reading {
        private final XSSFWorkbook workbook;
        private final Path file;
        private final List<RowProblem> problems = new ArrayList<>();
        private final List<RowWarning> notes = new ArrayList<>();
        private final List<String> formulaCells = new ArrayList<>();
        private WorkbookColumns used = WorkbookColumns.none();

        Reading(XSSFWorkbook workbook, Path file) {
            this.workbook = workbook;
            this.file = file;
        }

        WorkbookImportResult read() {
            Sheet sheet = hazardSheet();
            HeaderCells header = HeaderCells.of(sheet, headerRow(sheet));
            Map<HazardColumn, Integer> columns = columns(header.titles, sheet.getSheetName(), header.lastRow);
            // Columns under a merged header are part of the table too, so a value there is not passed over.
            Set<Integer> tableColumns = new HashSet<>(header.titles.keySet());
            tableColumns.addAll(header.spread.keySet());
            ControlRows controlRows = controlRows();

            Map<Integer, Integer> rowOfNumber = new HashMap<>();
            Map<Integer, Hazard> byRow = new LinkedHashMap<>();
            Map<Integer, List<RowWarning>> warningsOfRow = new HashMap<>();
            Map<Integer, RowProblem> problemOfRow = new LinkedHashMap<>();
            // The table is the header and the rows straight below it: it ends at the first row with
            // nothing under any header. What lies further down (the source of a drop-down list, a
            // note, totals) is not a hazard, however it is laid out.
            int r = header.lastRow + 1;
            for (; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (isBlank(row, tableColumns)) {
                    break;
                }
                underMergedHeader(row, header);
                RowReader reader = new RowReader(row, columns, header.titles);
                Hazard h = reader.hazard(controlRows, rowOfNumber);
                formulaCells.addAll(reader.formulas);
                if (reader.reasons.isEmpty()) {
                    byRow.put(r, h);
                    warningsOfRow.put(r, reader.warnings);
                } else {
                    problemOfRow.put(r, new RowProblem(sheet.getSheetName(), r + 1, reader.label(), reader.reasons));
                }
            }
            belowTheTable(sheet, r, columns, problemOfRow);
            if (!formulaCells.isEmpty()) {
                int shown = Math.min(10, formulaCells.size());
                note(formulaCells.size() + (formulaCells.size() == 1 ? " cell holds a formula" : " cells hold formulas")
                        + "; the value Excel last computed was imported, not the formula: "
                        + String.join(", ", formulaCells.subList(0, shown))
                        + (formulaCells.size() > shown ? " and " + (formulaCells.size() - shown) + " more" : "") + ".");
            }
            for (var p : controlRows.problems) {
                problems.add(p);
            }
            // A hazard whose controls cannot be read would be imported without them: treat it as bad too.
            List<Hazard> good = new ArrayList<>();
            List<List<RowWarning>> goodWarnings = new ArrayList<>();
            byRow.forEach((at, h) -> {
                if (h.number() != null && controlRows.badHazards.contains(h.number())) {
                    problemOfRow.put(at, new RowProblem(sheet.getSheetName(), at + 1, "hazard " + h.number(),
                            List.of("some of its controls on the " + HazardLogWorkbook.CONTROLS_SHEET + " sheet are invalid")));
                } else {
                    good.add(h);
                    goodWarnings.add(warningsOfRow.get(at));
                }
            });
            for (Integer n : controlRows.byHazard.keySet()) {
                if (!rowOfNumber.containsKey(n)) {
                    problems.add(new RowProblem(HazardLogWorkbook.CONTROLS_SHEET, controlRows.firstRow.get(n), "hazard " + n,
                            List.of("hazard " + n + " is not on the " + sheet.getSheetName() + " sheet")));
                }
            }
            List<RowProblem> all = new ArrayList<>(problemOfRow.values());
            all.sort((a, b) -> Integer.compare(a.row(), b.row()));
            all.addAll(problems);
            return new WorkbookImportResult(good, goodWarnings, all, notes, used);
        }

        private void note(String message) {
            notes.add(new RowWarning(WarningKind.UNKNOWN_FIELD, message));
        }

        /**
         * Everything below the row that ends the table is left out and named row by row. A row there
         * that has both a hazard number and a name looks like a hazard cut off by a stray blank row:
         * leaving it out quietly could lose a hazard, so it is a problem of the workbook instead.
         */
        private void belowTheTable(Sheet sheet, int end, Map<HazardColumn, Integer> columns,
                                   Map<Integer, RowProblem> problemOfRow) {
            List<String> ignored = new ArrayList<>();
            int more = 0;
            for (int r = end + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String first = firstText(row);
                if (first.isEmpty()) {
                    continue;
                }
                if (looksLikeHazard(row, columns)) {
                    problemOfRow.put(r, new RowProblem(sheet.getSheetName(), r + 1, "",
                            List.of("it has a hazard number and a name but lies below row " + (end + 1)
                                    + ", the blank row that ends the hazard table; remove the blank row to import it,"
                                    + " or delete the row")));
                } else if (ignored.size() < OUTSIDE_ROWS_NAMED) {
                    String shown = first.length() > 40 ? first.substring(0, 37) + "..." : first;
                    ignored.add("row " + (r + 1) + " (\"" + shown.replace('\n', ' ') + "\")");
                } else {
                    more++;
                }
            }
            if (!ignored.isEmpty()) {
                notes.add(new RowWarning(WarningKind.OUTSIDE_TABLE, "The hazard table of the " + sheet.getSheetName()
                        + " sheet ends at the blank row " + (end + 1) + "; the cells below it are not hazards and were not"
                        + " imported: " + String.join(", ", ignored) + (more > 0 ? " and " + more + " more rows" : "") + "."));
            }
        }

        private boolean looksLikeHazard(Row row, Map<HazardColumn, Integer> columns) {
            Integer numberAt = columns.get(HazardColumn.NUMBER);
            Integer nameAt = columns.get(HazardColumn.NAME);
            if (numberAt == null || nameAt == null || text(row.getCell(nameAt)).isBlank()) {
                return false;
            }
            try {
                return hazardNumber(text(row.getCell(numberAt))) != null;
            } catch (InvalidValueException e) {
                return false;
            }
        }

        private static String firstText(Row row) {
            if (row == null) {
                return "";
            }
            for (Cell c : row) {
                String t = text(c).strip();
                if (!t.isEmpty()) {
                    return t;
                }
            }
            return "";
        }

        /**
         * A header merged across columns names one field: a value under its second column could be
         * that field or another, so the workbook is refused rather than the value guessed at or lost.
         */
        private void underMergedHeader(Row row, HeaderCells header) {
            header.spread.forEach((column, merged) -> {
                Cell c = row.getCell(column);
                if (!text(c).isBlank()) {
                    throw new ReportException(file + ": the header " + merged + " on the " + row.getSheet().getSheetName()
                            + " sheet is one cell merged over several columns, and " + address(c) + " under it holds a value,"
                            + " so which field that value belongs to cannot be told. Unmerge the header and give each"
                            + " column its own header, then import again.");
                }
            });
        }

        /**
         * The sheet named "Hazard Log", else the first visible sheet with a hazard table. Hidden
         * sheets hold lists for drop-downs and workings, so they are never read as hazards; when the
         * only table is on a hidden sheet, the user is told rather than shown "no hazard sheet".
         */
        private Sheet hazardSheet() {
            Sheet named = workbook.getSheet(HazardLogWorkbook.HAZARD_SHEET);
            if (named != null && !isHidden(named)) {
                return named;
            }
            List<String> looked = new ArrayList<>();
            Sheet hiddenTable = null;
            for (Sheet s : workbook) {
                if (isHidden(s)) {
                    if (hiddenTable == null && findHeaderRow(s) >= 0) {
                        hiddenTable = s;
                    }
                    continue;
                }
                looked.add("\"" + s.getSheetName() + "\"");
                if (findHeaderRow(s) >= 0) {
                    return s;
                }
            }
            if (hiddenTable != null) {
                throw new ReportException(file + ": the only hazard table is on the sheet \"" + hiddenTable.getSheetName()
                        + "\", which is hidden; hidden sheets are not imported. Unhide it in Excel (right-click a sheet tab,"
                        + " Unhide) if it is the hazard log, and import again.");
            }
            throw new ReportException(file + " has no hazard sheet: no sheet has a \"Name\" column (or \"Hazard name\" or"
                    + " \"Title\") in its first " + HEADER_SEARCH_ROWS + " rows; sheets looked at: "
                    + (looked.isEmpty() ? "none (every sheet is hidden)" : String.join(", ", looked)) + ".");
        }

        private boolean isHidden(Sheet s) {
            int at = workbook.getSheetIndex(s);
            return workbook.isSheetHidden(at) || workbook.isSheetVeryHidden(at);
        }

        private int headerRow(Sheet sheet) {
            int r = findHeaderRow(sheet);
            if (r < 0) {
                throw new ReportException(file + ": the sheet \"" + sheet.getSheetName() + "\" has no header row with a"
                        + " \"Name\" column (or \"Hazard name\" or \"Title\") in its first " + HEADER_SEARCH_ROWS + " rows.");
            }
            return r;
        }

        private int findHeaderRow(Sheet sheet) {
            for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (Cell c : row) {
                    if (HazardColumn.byHeader(text(c)).orElse(null) == HazardColumn.NAME) {
                        return r;
                    }
                }
            }
            return -1;
        }

        private Map<HazardColumn, Integer> columns(Map<Integer, String> header, String sheetName, int headerRow) {
            Map<HazardColumn, Integer> columns = new EnumMap<>(HazardColumn.class);
            List<String> ignored = new ArrayList<>();
            List<WorkbookColumns.Use> uses = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            titles.addAll(header.values());
            ColumnMap map = mapOfLayout.apply(ColumnMap.layoutKey(titles));
            for (Map.Entry<Integer, String> c : header.entrySet()) {
                String title = c.getValue();
                Optional<Optional<HazardColumn>> mapped = map.target(title);
                if (mapped.isPresent() && mapped.get().isEmpty()) {
                    uses.add(new WorkbookColumns.Use(title, null, WorkbookColumns.How.IGNORED));
                    continue;
                }
                Optional<HazardColumn> column = mapped.isPresent() ? mapped.get() : HazardColumn.byHeader(title);
                WorkbookColumns.How how = mapped.isPresent() ? WorkbookColumns.How.MAPPED : WorkbookColumns.How.KNOWN;
                if (column.isPresent() && columns.containsKey(column.get()) && column.get().residual().isPresent()
                        && !columns.containsKey(column.get().residual().get())) {
                    // Templates group "Severity, Likelihood, Risk" twice, under "Initial" and then "Residual" headings.
                    column = column.get().residual();
                }
                if (column.isEmpty()) {
                    ignored.add("\"" + title + "\"");
                    uses.add(new WorkbookColumns.Use(title, null, WorkbookColumns.How.UNKNOWN));
                } else if (columns.containsKey(column.get())) {
                    ignored.add("\"" + title + "\" (a second " + column.get().header() + " column)");
                    uses.add(new WorkbookColumns.Use(title, column.get().header(), WorkbookColumns.How.SECOND));
                } else {
                    columns.put(column.get(), c.getKey());
                    uses.add(new WorkbookColumns.Use(title, column.get().header(), how));
                }
            }
            used = new WorkbookColumns(sheetName, headerRow + 1, ColumnMap.layoutKey(titles), uses);
            if (!ignored.isEmpty()) {
                note("Columns of the " + sheetName + " sheet that HazardLog does not know were not imported: "
                        + String.join(", ", ignored) + ".");
            }
            return columns;
        }

        private ControlRows controlRows() {
            Sheet sheet = workbook.getSheet(HazardLogWorkbook.CONTROLS_SHEET);
            ControlRows rows = new ControlRows();
            if (sheet == null || sheet.getRow(0) == null) {
                return rows;
            }
            Map<String, Integer> at = new HashMap<>();
            for (Cell c : sheet.getRow(0)) {
                at.put(HazardColumn.key(text(c)), c.getColumnIndex());
            }
            Integer number = at.getOrDefault("hazardno", at.get("hazardnumber"));
            Integer text = at.get("control");
            Integer category = at.get("category");
            if (number == null || text == null || category == null) {
                note("The " + HazardLogWorkbook.CONTROLS_SHEET + " sheet has no \"Hazard No.\", \"Category\" and "
                        + "\"Control\" columns; controls were read from the control columns of the hazard sheet.");
                return rows;
            }
            rows.present = true;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || (text(row.getCell(number)).isBlank() && text(row.getCell(text)).isBlank())) {
                    continue;
                }
                rows.read(row, r + 1, number, category, text, at);
            }
            return rows;
        }
    }

    /** The Controls sheet, grouped by hazard number. */
    private static final class ControlRows {
        boolean present;
        final Map<Integer, List<Control>> byHazard = new LinkedHashMap<>();
        final Map<Integer, Integer> firstRow = new HashMap<>();
        final Set<Integer> badHazards = new HashSet<>();
        final List<RowProblem> problems = new ArrayList<>();

        void read(Row row, int excelRow, int numberCol, int categoryCol, int textCol, Map<String, Integer> at) {
            List<String> reasons = new ArrayList<>();
            Integer number = null;
            try {
                number = hazardNumber(text(row.getCell(numberCol)));
                if (number == null) {
                    reasons.add("no hazard number");
                }
            } catch (InvalidValueException e) {
                reasons.add(e.getMessage());
            }
            String categoryText = text(row.getCell(categoryCol));
            Optional<ControlCategory> category = Labels.category(categoryText);
            if (category.isEmpty()) {
                reasons.add("category \"" + categoryText.strip() + "\" is not Design, Test, Training or Business process change");
            }
            String statusText = cell(row, at, "status");
            Optional<ControlStatus> status = statusText.isBlank() ? Optional.of(ControlStatus.PROPOSED) : Labels.status(statusText);
            if (status.isEmpty()) {
                reasons.add("control status \"" + statusText.strip() + "\" is not a control status");
            }
            String partyText = cell(row, at, "party");
            Optional<ControlParty> party = partyText.isBlank() ? Optional.empty() : Labels.party(partyText);
            if (!partyText.isBlank() && party.isEmpty()) {
                reasons.add("party \"" + partyText.strip() + "\" is not Manufacturer or Deploying organisation");
            }
            Control control = null;
            if (reasons.isEmpty()) {
                try {
                    control = new Control(null, category.get(), party.orElse(null), text(row.getCell(textCol)),
                            status.get(), cell(row, at, "owner"), cell(row, at, "evidence"));
                } catch (InvalidValueException e) {
                    reasons.add(e.getMessage());
                }
            }
            if (number != null) {
                firstRow.putIfAbsent(number, excelRow);
                byHazard.computeIfAbsent(number, n -> new ArrayList<>());
            }
            if (reasons.isEmpty()) {
                byHazard.get(number).add(control);
            } else {
                problems.add(new RowProblem(HazardLogWorkbook.CONTROLS_SHEET, excelRow,
                        number == null ? "" : "hazard " + number, reasons));
                if (number != null) {
                    badHazards.add(number);
                }
            }
        }

        private static String cell(Row row, Map<String, Integer> at, String key) {
            Integer c = at.get(key);
            return c == null ? "" : text(row.getCell(c));
        }
    }

    /** One row of the hazard sheet, with every reason it cannot be imported. */
    private final class RowReader {
        private final Row row;
        private final Map<HazardColumn, Integer> columns;
        private final Map<Integer, String> header;
        final List<String> reasons = new ArrayList<>();
        final List<RowWarning> warnings = new ArrayList<>();
        private Integer number;
        private String name = "";

        RowReader(Row row, Map<HazardColumn, Integer> columns, Map<Integer, String> header) {
            this.row = row;
            this.columns = columns;
            this.header = header;
        }

        String label() {
            String shortName = name.length() > 60 ? name.substring(0, 57) + "..." : name;
            if (number != null) {
                return "hazard " + number + (shortName.isEmpty() ? "" : " \"" + shortName + "\"");
            }
            return shortName.isEmpty() ? "" : "\"" + shortName + "\"";
        }

        Hazard hazard(ControlRows controlRows, Map<Integer, Integer> rowOfNumber) {
            try {
                number = hazardNumber(get(HazardColumn.NUMBER));
                if (number != null) {
                    Integer earlier = rowOfNumber.putIfAbsent(number, row.getRowNum() + 1);
                    if (earlier != null) {
                        reasons.add("number " + number + " is also used in row " + earlier);
                    }
                }
            } catch (InvalidValueException e) {
                reasons.add(e.getMessage());
            }
            String written = get(HazardColumn.NAME);
            if (written.strip().contains("\n")) {
                // A name is one line everywhere it is shown; Alt+Enter in a cell is common.
                written = String.join(" ", written.strip().split("\\s*\\n\\s*"));
                warn(WarningKind.NAME_JOINED, "the name is written over several lines; joined into one: \""
                        + (written.length() > 60 ? written.substring(0, 57) + "..." : written) + "\"");
            }
            String rawName = written;
            name = rawName.strip();
            if (rawName.isBlank()) {
                reasons.add("no name");
            } else {
                check(() -> Text.require("hazard name", rawName, Text.MAX_LINE));
            }
            Integer il = level("initial likelihood", HazardColumn.INITIAL_LIKELIHOOD, true);
            Integer is = level("initial severity", HazardColumn.INITIAL_SEVERITY, false);
            Integer rl = level("residual likelihood", HazardColumn.RESIDUAL_LIKELIHOOD, true);
            Integer rs = level("residual severity", HazardColumn.RESIDUAL_SEVERITY, false);

            String statusCell = get(HazardColumn.STATUS).strip();
            HazardStatus status = statusCell.isEmpty() ? HazardStatus.DRAFT
                    : Labels.hazardStatus(statusCell).orElse(HazardStatus.DRAFT);
            String wording = columns.containsKey(HazardColumn.STATUS_WORDING) ? get(HazardColumn.STATUS_WORDING) : statusCell;
            if (statusCell.isEmpty()) {
                warn(WarningKind.UNCLEAR_STATUS, "no status: imported as Draft");
            } else if (Labels.hazardStatus(statusCell).isEmpty()) {
                warn(WarningKind.UNCLEAR_STATUS, "status \"" + statusCell + "\" is not Draft, Open, Transferred or Closed:"
                        + " imported as Draft, the words kept as its status wording");
            }

            List<UtilityLabel> labels = new ArrayList<>();
            for (String item : CellText.items(get(HazardColumn.UTILITY_LABELS))) {
                Optional<UtilityLabel> l = Labels.utilityLabel(item);
                if (l.isPresent()) {
                    labels.add(l.get());
                } else {
                    reasons.add("general utility label \"" + item + "\" is not one of: Hazard logged, New hazard for triage, Deprecated hazard");
                }
            }
            List<CodeLocation> code = new ArrayList<>();
            for (String item : CellText.items(get(HazardColumn.CODE))) {
                check(() -> code.add(CellText.code(item)));
            }
            List<Control> controls = new ArrayList<>();
            if (controlRows.present && number != null) {
                controls.addAll(controlRows.byHazard.getOrDefault(number, List.of()));
            } else {
                for (ControlCategory category : ControlCategory.values()) {
                    check(() -> controls.addAll(CellText.controls(get(HazardColumn.forCategory(category)), category)));
                }
                dropPlaceholders(controls);
            }
            Hazard.Builder b = Hazard.builder()
                    .number(number)
                    .name(rawName)
                    .description(text("description", HazardColumn.DESCRIPTION, Text.MAX_TEXT))
                    .harm(text("harm", HazardColumn.HARM, Text.MAX_TEXT))
                    .causes(CellText.items(text("causes", HazardColumn.CAUSES, Text.MAX_TEXT)))
                    .existingControls(text("existing controls", HazardColumn.EXISTING_CONTROLS, Text.MAX_TEXT))
                    .actionSummary(actionSummary())
                    .assignment(text("owner", HazardColumn.OWNER, Text.MAX_LINE))
                    .statusText(checked("status wording", wording, Text.MAX_TEXT))
                    .effect(text("effect", HazardColumn.EFFECT, Text.MAX_TEXT))
                    .hazard(text("hazard", HazardColumn.HAZARD, Text.MAX_TEXT))
                    .hazardTypes(hazardTypes())
                    .residualAssessment(text("residual risk assessment", HazardColumn.RESIDUAL_ASSESSMENT, Text.MAX_TEXT))
                    .project(text("project", HazardColumn.PROJECT, Text.MAX_LINE))
                    .labelling(text("labelling", HazardColumn.LABELLING, Text.MAX_TEXT))
                    .utilityLabels(labels)
                    .codeLocations(code)
                    .controls(controls)
                    .status(status);
            if (!reasons.isEmpty()) {
                return null;
            }
            try {
                return b.initial(new Assessment(il, is)).residual(new Assessment(rl, rs)).build();
            } catch (InvalidValueException e) {
                reasons.add(e.getMessage());
                return null;
            }
        }

        /** "None", "N/A", "TBC" in a control column say there is no control of that kind: never a control. */
        private void dropPlaceholders(List<Control> controls) {
            List<String> dropped = new ArrayList<>();
            controls.removeIf(c -> {
                boolean placeholder = ControlPlaceholders.isPlaceholder(c.text()) && c.status() == ControlStatus.PROPOSED;
                if (placeholder) {
                    dropped.add("\"" + c.text() + "\" (" + c.category().label() + ")");
                }
                return placeholder;
            });
            if (!dropped.isEmpty()) {
                warn(WarningKind.PLACEHOLDER_CONTROL, String.join(", ", dropped) + (dropped.size() == 1 ? " says" : " say")
                        + " there is no control of that kind: not imported as " + (dropped.size() == 1 ? "a control" : "controls"));
            }
        }

        private List<String> hazardTypes() {
            List<String> types = CellText.items(text("hazard types", HazardColumn.HAZARD_TYPES, Text.MAX_TEXT));
            for (String t : types) {
                if (!taxonomy.contains(t)) {
                    warn(WarningKind.UNKNOWN_HAZARD_TYPE, "hazard type \"" + t + "\" is not in the hazard-type taxonomy"
                            + taxonomy.spellingOf(t).map(sp -> " (did you mean \"" + sp + "\"?)").orElse("") + "; kept as written");
                }
            }
            return types;
        }

        private String actionSummary() {
            String summary = text("action summary", HazardColumn.ACTION_SUMMARY, Text.MAX_TEXT);
            Integer at = columns.get(HazardColumn.ACTION_SUMMARY);
            String title = at == null ? "" : header.get(at);
            if (!summary.isBlank() && HazardColumn.holdsUncategorisedControls(title)) {
                warn(WarningKind.UNCATEGORISED_CONTROLS, "the \"" + title + "\" cell has controls without a design, testing,"
                        + " training or business process category; it is kept as the action summary, not as controls");
            }
            return summary;
        }

        private void warn(WarningKind kind, String message) {
            String where = "row " + (row.getRowNum() + 1) + (number == null ? "" : " (hazard " + number + ")");
            warnings.add(new RowWarning(kind, where + ": " + message));
        }

        /** Cells of this row that hold formulas, "C5 (=A5&B5)", read as their last computed value. */
        final List<String> formulas = new ArrayList<>();

        private String get(HazardColumn c) {
            Integer at = columns.get(c);
            if (at == null) {
                return "";
            }
            Cell cell = row.getCell(at);
            Optional<String> error = errorOf(cell);
            if (error.isPresent()) {
                reasons.add(c.header().toLowerCase(java.util.Locale.ROOT) + " cell " + address(cell) + " holds the error "
                        + error.get() + ", not a value");
                return "";
            }
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                String f = address(cell) + " (=" + cell.getCellFormula() + ")";
                if (!formulas.contains(f)) {
                    formulas.add(f);
                }
            }
            return WorkbookImport.text(cell);
        }

        private String text(String field, HazardColumn c, int limit) {
            return checked(field, get(c), limit);
        }

        private String checked(String field, String value, int limit) {
            try {
                return Text.optional(field, value, limit);
            } catch (InvalidValueException e) {
                reasons.add(e.getMessage());
                return "";
            }
        }

        private Integer level(String what, HazardColumn c, boolean likelihood) {
            try {
                return LevelCell.read(what, get(c), likelihood ? scheme.likelihoods() : scheme.severities());
            } catch (InvalidValueException e) {
                reasons.add(e.getMessage());
                return null;
            }
        }

        private void check(Runnable r) {
            try {
                r.run();
            } catch (InvalidValueException e) {
                reasons.add(e.getMessage());
            }
        }
    }

    /** "12", 12.0, "H-012", "HAZ012": the hazard number 12. Blank: none. */
    static Integer hazardNumber(String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            throw new InvalidValueException("number \"" + t + "\" is not a hazard number (a whole number of 1 or more)");
        }
        return Integer.parseInt(m.group(1));
    }

    private static boolean isBlank(Row row, Set<Integer> columns) {
        if (row == null) {
            return true;
        }
        for (int at : columns) {
            if (!text(row.getCell(at)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** "#DIV/0!" for a cell that holds an error or a formula whose last result was one. */
    static Optional<String> errorOf(Cell c) {
        if (c == null) {
            return Optional.empty();
        }
        boolean error = c.getCellType() == CellType.ERROR
                || (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.ERROR);
        if (!error) {
            return Optional.empty();
        }
        try {
            return Optional.of(org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString());
        } catch (RuntimeException e) {
            return Optional.of("#ERROR");
        }
    }

    static String address(Cell c) {
        return new org.apache.poi.ss.util.CellReference(c.getRowIndex(), c.getColumnIndex()).formatAsString();
    }

    /** A cell as the text a person sees: whole numbers without ".0", formulas by their last result. */
    static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (type) {
            case STRING:
                return c.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(c)) {
                    return c.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                double v = c.getNumericCellValue();
                return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
            case BOOLEAN:
                return String.valueOf(c.getBooleanCellValue());
            default:
                return "";
        }
    }
}
