package vn.taphuan.reporting.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import vn.taphuan.reporting.progress.VietnameseFormat;

/**
 * Writes report tables as an Excel workbook (numbers stay numbers, formatted {@code #,##0}, which a Vietnamese
 * Excel shows as {@code 6.889.000.000}) or as CSV for Excel: UTF-8 with a byte-order mark, semicolons between
 * fields (the list separator where the decimal mark is a comma), numbers written the Vietnamese way, written by
 * Commons CSV. Text a spreadsheet would take for a formula is neutralised in the CSV (the workbook writes text
 * cells, which are never evaluated).
 */
final class Workbooks {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();
    private static final CSVFormat CSV_QUOTED = CSV.builder().setQuoteMode(QuoteMode.ALL).get();
    /** What starts a formula, or lets one start, when a spreadsheet opens the cell (OWASP's CSV injection rule). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** Rows above a table's header: title, notes, a blank row. */
    static int headerRow(Table table) {
        return 1 + table.notes().size() + 1;
    }

    static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.sheet());
                int r = 0;
                cell(sheet.createRow(r++), 0, table.title(), styles.title);
                for (String note : table.notes()) {
                    cell(sheet.createRow(r++), 0, note, null);
                }
                r++;
                Row header = sheet.createRow(r++);
                for (int c = 0; c < table.columns().size(); c++) {
                    cell(header, c, table.columns().get(c).header(), styles.header);
                    sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.columns().get(c).header().length() + 2)) * 256);
                }
                sheet.createFreezePane(0, r);
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        write(row, c, values.get(c), table.columns().get(c).type(), styles);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try {
            List<String> headers = table.columns().stream().map(Table.Column::header).toList();
            for (int c = 0; c < headers.size(); c++) {
                textCell(headers.get(c), out, c == 0);
            }
            CSV.println(out);
            for (List<Object> values : table.rows()) {
                for (int c = 0; c < values.size(); c++) {
                    Table.Type type = table.columns().get(c).type();
                    String value = text(values.get(c), type);
                    if (type == Table.Type.TEXT) {
                        textCell(value, out, c == 0);
                    } else {
                        CSV.print(value, out, c == 0);
                    }
                }
                CSV.println(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A text cell, neutralised if a spreadsheet would read it as a formula: a plan titled {@code =HYPERLINK(…)} is
     * written {@code "'=HYPERLINK(…)"}, shown as typed, never run. Numbers are not text cells, so a negative amount
     * stays a number.
     */
    private static void textCell(String value, Appendable out, boolean first) throws IOException {
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            CSV_QUOTED.print("'" + value, out, first);
        } else {
            CSV.print(value, out, first);
        }
    }

    /** A value as the CSV and the printable page write it. */
    static String text(Object value, Table.Type type) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case COUNT, MONEY -> VietnameseFormat.number(((Number) value).longValue());
            case PERCENT -> VietnameseFormat.percent((BigDecimal) value);
            case DATE -> VietnameseFormat.date((LocalDate) value);
            case TEXT -> value.toString();
        };
    }

    private static void write(Row row, int column, Object value, Table.Type type, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (type) {
            case COUNT, MONEY -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.whole);
            }
            case PERCENT -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(styles.percent);
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
            case TEXT -> cell.setCellValue(value.toString());
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle whole;
        final CellStyle percent;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }

    private Workbooks() {
    }
}
