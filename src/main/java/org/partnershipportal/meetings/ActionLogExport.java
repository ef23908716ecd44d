package org.partnershipportal.meetings;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.SpreadsheetCells;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** An action log as CSV or as an Excel workbook, the columns a board's business support officer works from. */
public final class ActionLogExport {

    static final String[] HEADER = {"Action", "Board", "Meeting", "Agenda item", "Owner", "Owner's agency", "Due", "Status", "Overdue", "Last updated"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private ActionLogExport() {
    }

    public static void writeCsv(List<ActionRow> rows, LocalDate today, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (ActionRow row : rows) {
                csv.printRecord(Arrays.stream(values(row, today))
                        .map(value -> value instanceof LocalDate day ? day.format(DATE) : value).toArray());
            }
        }
    }

    /** Streams rows to the workbook a window at a time, so a 30,000-row log does not sit in memory as cells. */
    public static void writeXlsx(List<ActionRow> rows, LocalDate today, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("Actions");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            // Dates as dates, so a spreadsheet sorts and filters them as such (ISO form, as the CSV writes them).
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 1;
            for (ActionRow row : rows) {
                Row line = sheet.createRow(r++);
                Object[] values = values(row, today);
                for (int c = 0; c < values.length; c++) {
                    Cell cell = line.createCell(c);
                    if (values[c] instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                        if (line.getRowNum() == 1) { // wide enough for a date, once: the default width shows ##########
                            sheet.setColumnWidth(c, 12 * 256);
                        }
                    } else {
                        cell.setCellValue((String) values[c]);
                    }
                }
            }
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(3, 40 * 256);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** A row's cells in the header's order: text (neutralised for spreadsheets) or a date. */
    private static Object[] values(ActionRow row, LocalDate today) {
        ShownStatus shown = row.shownOn(today);
        return new Object[]{
                SpreadsheetCells.neutralised(row.description()),
                SpreadsheetCells.neutralised(row.board()),
                row.meetingStartsAt().toLocalDate(),
                SpreadsheetCells.neutralised(row.itemAsRead()),
                SpreadsheetCells.neutralised(row.ownerName()),
                SpreadsheetCells.neutralised(row.ownerAgency()),
                row.dueOn(),
                shown.label(),
                shown.overdue() ? "Overdue" : "",
                // The date the page's "Last updated" column shows: stored in UTC, read as the partnership's date.
                PortalClock.local(row.updatedAt()).toLocalDate()};
    }
}
