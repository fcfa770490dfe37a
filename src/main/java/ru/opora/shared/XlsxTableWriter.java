package ru.opora.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as an XLSX workbook with a streaming POI workbook, so memory stays flat
 * whatever the number of rows. Text is always written as a string cell: a value such as
 * {@code =HYPERLINK(...)} stays text and never becomes a formula.
 */
public final class XlsxTableWriter {

    private static final int MAX_SHEET_NAME = 31;

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Sends the table as an XLSX attachment of an HTTP response. */
    public static void download(jakarta.servlet.http.HttpServletResponse response, String fileName, Table table)
            throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                org.springframework.http.ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        new XlsxTableWriter().write(table, response.getOutputStream());
    }

    public void write(Table table, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName(table.title()));
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle dateTimeStyle = workbook.createCellStyle();
            dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm:ss"));

            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(
                        c, Math.min(60, Math.max(10, table.headers().get(c).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (var values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    setValue(row.createCell(c), values.get(c), dateStyle, dateTimeStyle);
                }
            }
            if (r > 1)
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(
                        0, r - 1, 0, table.headers().size() - 1));
            workbook.write(out);
        }
    }

    private static void setValue(Cell cell, Object value, CellStyle dateStyle, CellStyle dateTimeStyle) {
        switch (value) {
            case null -> cell.setBlank();
            case Number n -> cell.setCellValue(n.doubleValue());
            case Boolean b -> cell.setCellValue(b ? "да" : "нет");
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            }
            case LocalDateTime t -> {
                cell.setCellValue(t);
                cell.setCellStyle(dateTimeStyle);
            }
            default -> cell.setCellValue(value.toString());
        }
    }

    private static String sheetName(String title) {
        String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
        if (cleaned.length() > MAX_SHEET_NAME) cleaned = cleaned.substring(0, MAX_SHEET_NAME);
        // Excel refuses an apostrophe at either end of a sheet's name (a title can carry a filter's text)
        cleaned = cleaned.replaceAll("^'+|'+$", "").trim();
        return cleaned.isEmpty() ? "Лист1" : cleaned;
    }
}
