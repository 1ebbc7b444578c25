package vn.taphuan.kit.sheet;

import org.apache.poi.ss.util.CellReference;
import vn.taphuan.kit.sheet.SheetReader.SheetRow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a sheet as its reader meets them, cell by cell, refused the moment a limit is passed: the reader
 * stops there, having kept no more than the rows allowed. Blank rows are not kept (no caller wants them, and a
 * workbook can hold a million formatted empty ones); the rows kept carry the number Excel shows.
 */
final class RowCollector {

    private final int maxRows;
    private final SheetLimits limits;
    private final List<SheetRow> rows = new ArrayList<>();
    private int number;
    private ArrayList<String> cells;
    private int withContent;

    RowCollector(int maxRows, SheetLimits limits) {
        this.maxRows = maxRows;
        this.limits = limits;
    }

    void startRow(int number) {
        this.number = number;
        this.cells = new ArrayList<>();
    }

    void cell(int column, String value) {
        boolean blank = value == null || value.isBlank();
        if (column >= limits.maxColumns()) {
            if (blank) {
                return;
            }
            throw SheetProblems.tooManyColumns(reference(column), limits.maxColumns());
        }
        if (value != null && value.length() > limits.maxCellLength()) {
            throw SheetProblems.cellTooLong(reference(column), limits.maxCellLength());
        }
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, value);
    }

    void endRow() {
        SheetRow row = new SheetRow(number, Collections.unmodifiableList(cells));
        cells.trimToSize();
        cells = null;
        if (row.blank()) {
            return;
        }
        if (++withContent > maxRows + SheetReader.TITLE_ROWS) {
            throw SheetProblems.tooManyRows(maxRows);
        }
        rows.add(row);
    }

    List<SheetRow> rows() {
        return rows;
    }

    /** The cell as Excel names it: D12. */
    private String reference(int column) {
        return CellReference.convertNumToColString(column) + number;
    }
}
