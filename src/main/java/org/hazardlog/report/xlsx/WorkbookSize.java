package org.hazardlog.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import org.hazardlog.report.ReportException;

/**
 * Counts the rows and cells that hold values on every sheet of a workbook by streaming its XML,
 * before the workbook is opened as a whole: POI keeps every cell of an opened workbook in memory,
 * so a sheet of 100,000 rows could exhaust it. A workbook over the caps is refused by name instead.
 */
final class WorkbookSize {

    /**
     * Rows with a value, over all sheets. The largest log HazardLog is measured at (10,000 hazards
     * with 50,000 controls) exported as a workbook has about 60,000; real hazard logs have hundreds.
     */
    static final int MAX_ROWS = 65_000;

    /** Cells with a value, over all sheets: that export is about 400,000. */
    static final int MAX_CELLS = 1_000_000;

    private WorkbookSize() {
    }

    /** A workbook over the caps: too large, rather than malformed. */
    static final class TooLarge extends ReportException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Refuses {@code file} if its sheets together hold more than the caps. */
    static void check(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            long rows = 0;
            long cells = 0;
            while (sheets.hasNext()) {
                long[] counted;
                try (InputStream in = sheets.next()) {
                    counted = count(in, MAX_ROWS - rows, MAX_CELLS - cells);
                }
                rows += counted[0];
                cells += counted[1];
                if (rows > MAX_ROWS || cells > MAX_CELLS) {
                    String sheet = "\"" + sheets.getSheetName() + "\"";
                    String what = rows > MAX_ROWS ? "rows" : "cells";
                    boolean alone = rows > MAX_ROWS ? counted[0] > MAX_ROWS : counted[1] > MAX_CELLS;
                    throw new TooLarge(file + " is too large to import: "
                            + (alone ? "the sheet " + sheet + " has" : "its sheets, up to " + sheet + ", have")
                            + " more than " + String.format(java.util.Locale.ROOT, "%,d", rows > MAX_ROWS ? MAX_ROWS : MAX_CELLS)
                            + " " + what + " with values, the most a workbook import reads (a log of 10,000 hazards"
                            + " with 50,000 controls fits). Copy the hazard table alone into a new workbook and import that.");
                }
            }
        } catch (ReportException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            // Not a workbook POI can stream: opening it as a whole says why, in the same words as always.
        }
    }

    /** {rows with a value, cells with a value}, stopping once either exceeds its budget. */
    private static long[] count(InputStream sheet, long rowBudget, long cellBudget) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(sheet);
        long rows = 0;
        long cells = 0;
        boolean rowHasValue = false;
        try {
            while (xml.hasNext() && rows <= rowBudget && cells <= cellBudget) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("row")) {
                        rowHasValue = false;
                    } else if (name.equals("v") || name.equals("is")) {
                        cells++;
                        if (!rowHasValue) {
                            rowHasValue = true;
                            rows++;
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
        return new long[] {rows, cells};
    }
}
