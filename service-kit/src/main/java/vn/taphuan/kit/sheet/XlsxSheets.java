package vn.taphuan.kit.sheet;

import org.apache.commons.io.input.ObservableInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * XLSX read as a stream of XML events (POI's {@link XSSFReader} and {@link XSSFSheetXMLHandler}), never as a
 * workbook in memory: the first visible sheet goes to the collector cell by cell, and what the file's parts unpack to
 * is counted as they are read. The package is opened from a temporary file, from which POI inflates each part only
 * as it is read (opened from memory it would unpack every part first) and checks the compression ratio on the way.
 */
final class XlsxSheets {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static void read(byte[] content, RowCollector rows, long maxUnpackedBytes) throws Exception {
        Path file = Files.createTempFile("sheet-", ".xlsx");
        try {
            Files.write(file, content);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                Unpacked unpacked = new Unpacked(maxUnpackedBytes);
                Sheets sheets = new Sheets();
                try (InputStream in = unpacked.metadata(reader.getWorkbookData())) {
                    parse(in, sheets);
                }
                if (!sheets.workbook) {
                    throw SheetProblems.notAWorkbook();
                }
                if (sheets.chosen == null) {
                    throw SheetProblems.damaged();
                }
                StylesTable styles = new StylesTable();
                try (InputStream in = unpacked.metadata(reader.getStylesData())) {
                    if (in != null) {
                        styles = new StylesTable(in);
                    }
                }
                SharedStrings strings = null;
                try (InputStream in = unpacked.part(reader.getSharedStringsData())) {
                    if (in != null) {
                        strings = new ReadOnlySharedStringsTable(in, false);
                    }
                }
                try (InputStream in = unpacked.part(reader.getSheet(sheets.chosen))) {
                    Cells cells = new Cells(rows);
                    cells.setParent(XMLHelper.newXMLReader());
                    cells.setContentHandler(new XSSFSheetXMLHandler(styles, strings, cells,
                            new PlainNumbers(sheets.date1904), false));
                    cells.parse(new InputSource(in));
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws Exception {
        var parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(in));
    }

    /**
     * The workbook's first visible sheet (as Excel opens it), and whether its dates count from 1904. A Word or
     * PowerPoint file is an Office package too, but its main part is no workbook.
     */
    private static final class Sheets extends DefaultHandler {
        boolean workbook;
        String chosen;
        String first;
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("workbook")) {
                workbook = true;
            } else if (localName.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            } else if (localName.equals("sheet")) {
                String id = attributes.getValue(RELATIONSHIPS, "id");
                String state = attributes.getValue("state");
                if (first == null) {
                    first = id;
                }
                if (chosen == null && (state == null || state.equals("visible"))) {
                    chosen = id;
                }
            }
        }

        @Override
        public void endDocument() {
            chosen = chosen == null ? first : chosen;
        }
    }

    /**
     * Hands the cells to the collector. Sits between the XML parser and POI's handler to see each cell's type,
     * because POI passes an error cell (#N/A) on as the text "ERROR:#N/A", which would read as a name.
     */
    private static final class Cells extends XMLFilterImpl implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowCollector rows;
        private boolean error;
        private int column;

        Cells(RowCollector rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (localName.equals("c")) {
                error = "e".equals(atts.getValue("t"));
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void startRow(int rowNum) {
            rows.startRow(rowNum + 1);
            column = -1;
        }

        @Override
        public void endRow(int rowNum) {
            rows.endRow();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
            rows.cell(column, error ? null : value);
        }
    }

    /**
     * Numbers as written (1985, not 1985.0; an ID number in full, not 2.41E10), dates as ISO dates, whatever format
     * the cell shows them in.
     */
    private static final class PlainNumbers extends DataFormatter {
        private final boolean date1904;

        PlainNumbers(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * What the parts read so far unpacked to, against the limit for the whole file; the workbook's index and styles,
     * which are parsed whole, get an eighth of it each.
     */
    private static final class Unpacked extends ObservableInputStream.Observer {
        private final long limit;
        private long left;

        Unpacked(long limit) {
            this.limit = limit;
            this.left = limit;
        }

        InputStream part(InputStream in) {
            return in == null ? null : new ObservableInputStream(in, this);
        }

        InputStream metadata(InputStream in) {
            return in == null ? null : new ObservableInputStream(in, this, new PartLimit(limit / 8));
        }

        @Override
        public void data(int value) {
            take(1);
        }

        @Override
        public void data(byte[] buffer, int offset, int length) {
            take(length);
        }

        private void take(long bytes) {
            left -= bytes;
            if (left < 0) {
                throw SheetProblems.tooLargeUnpacked(limit);
            }
        }
    }

    private static final class PartLimit extends ObservableInputStream.Observer {
        private final long limit;
        private long read;

        PartLimit(long limit) {
            this.limit = limit;
        }

        @Override
        public void data(int value) {
            data(null, 0, 1);
        }

        @Override
        public void data(byte[] buffer, int offset, int length) {
            read += length;
            if (read > limit) {
                throw SheetProblems.tooLargeUnpacked(limit);
            }
        }
    }

    private XlsxSheets() {
    }
}
