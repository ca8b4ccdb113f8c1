package org.hazardlog.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.report.ReportInput;

/**
 * For the benchmarks only: the floor of the Hazard Log workbook. Apache POI (the same streaming
 * SXSSF workbook) writing the same cells of the Hazard Log and Controls sheets, the texts made the
 * same way, and nothing else: no styles, row heights, print setup, filters, risk matrix or scheme
 * sheet. What the workbook costs above this is HazardLog's own work.
 */
public final class SameCells {

    private SameCells() {
    }

    public static void write(ReportInput input, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Sheet hazards = wb.createSheet(HazardLogWorkbook.HAZARD_SHEET);
            HazardColumn[] columns = HazardColumn.values();
            Row header = hazards.createRow(0);
            for (HazardColumn c : columns) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            int r = 1;
            for (Hazard h : input.hazards()) {
                Row row = hazards.createRow(r++);
                for (HazardColumn c : columns) {
                    row.createCell(c.ordinal()).setCellValue(HazardLogWorkbook.value(h, c, input.scheme()));
                }
                row.getCell(HazardColumn.NUMBER.ordinal()).setCellValue(h.number());
            }
            Sheet controls = wb.createSheet(HazardLogWorkbook.CONTROLS_SHEET);
            header = controls.createRow(0);
            for (int i = 0; i < HazardLogWorkbook.CONTROL_HEADERS.length; i++) {
                header.createCell(i).setCellValue(HazardLogWorkbook.CONTROL_HEADERS[i]);
            }
            r = 1;
            for (Hazard h : input.hazards()) {
                for (Control c : h.controls()) {
                    Row row = controls.createRow(r++);
                    row.createCell(0).setCellValue(h.number());
                    List<String> texts = List.of(h.name(), c.category().label(), c.party().label(), c.text(),
                            c.status().label(), c.owner(), c.evidence());
                    for (int i = 0; i < texts.size(); i++) {
                        row.createCell(i + 1).setCellValue(texts.get(i));
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
