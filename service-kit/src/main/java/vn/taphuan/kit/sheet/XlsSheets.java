package vn.taphuan.kit.sheet;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The older Excel format (XLS, an OLE2 container), read whole by POI as before: such files are capped by the upload
 * size, and their rows still go to the collector one at a time, so the limits hold all the same. An OLE2 container
 * holding an encrypted XLSX (Excel's "protect with password") is told apart and refused as such.
 */
final class XlsSheets {

    static void read(byte[] content, RowCollector rows) throws IOException {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntry(EncryptionInfo.ENCRYPTION_INFO_ENTRY)) {
                throw SheetProblems.encrypted();
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, true)) {
                Sheet sheet = workbook.getSheetAt(firstVisibleSheet(workbook));
                for (Row row : sheet) {
                    rows.startRow(row.getRowNum() + 1);
                    for (Cell cell : row) {
                        rows.cell(cell.getColumnIndex(), text(cell));
                    }
                    rows.endRow();
                }
            }
        }
    }

    private static int firstVisibleSheet(HSSFWorkbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return i;
            }
        }
        return 0;
    }

    /** Numbers as written (1985, not 1985.0), dates as ISO dates, formulas by their last result. */
    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> null;
        };
    }

    private XlsSheets() {
    }
}
