package vn.taphuan.kit.sheet;

/**
 * How big a sheet the kit reads, whatever it came as; each is checked while the sheet is read, which stops at the
 * first one passed. The rows allowed are the caller's (an attendance sheet, a catalogue), given with each read.
 *
 * @param maxColumns       columns a sheet may use (as Excel 2003 had): a cell with content beyond refuses the file
 * @param maxCellLength    characters in one cell
 * @param maxUnpackedBytes bytes a workbook's parts may unpack to, all together (a CSV's or XLS's own size)
 */
public record SheetLimits(int maxColumns, int maxCellLength, long maxUnpackedBytes) {
}
