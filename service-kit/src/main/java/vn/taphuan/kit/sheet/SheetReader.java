package vn.taphuan.kit.sheet;

import io.github.resilience4j.bulkhead.Bulkhead;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.taphuan.kit.problem.ServiceReason;
import vn.taphuan.kit.problem.Busy;
import vn.taphuan.kit.problem.InvalidInput;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded sheet (an attendance sheet, a catalogue of units) into rows of text, whatever it came as: XLSX (or
 * the older XLS) from Excel, or CSV in UTF-8 with or without a byte-order mark, separated by commas, semicolons or
 * tabs. Numbers come back as written (1985, not 1985.0; an ID number in full, not 2.41E10), dates as ISO dates. Text
 * is normalised to NFC later, cell by cell, so sheets typed on macOS (NFD) read the same.
 * <p>
 * One request must not harm the service: XLSX is read as a stream, the rows, columns, cell lengths and unpacked size
 * are checked while reading, which stops at the first limit passed, and only a few sheets are held at once per
 * service (a bulkhead): one more waits a moment, then is refused with when to try again. Whatever is wrong with a
 * file is told in the user's words, never with the reading library's message.
 * <p>
 * Needs Apache POI ({@code poi-ooxml}) on the class path of the service that uses it; the kit does not bring it to
 * the services that read no sheets, which get no reader.
 */
public class SheetReader {

    /** Rows of titles and headers a sheet may have above its data, besides the data rows a caller allows. */
    public static final int TITLE_ROWS = 15;

    private static final Logger log = LoggerFactory.getLogger(SheetReader.class);

    private final SheetLimits limits;
    private final Bulkhead bulkhead;
    private final Duration retryAfter;

    public SheetReader(SheetLimits limits, Bulkhead bulkhead, Duration retryAfter) {
        this.limits = limits;
        this.bulkhead = bulkhead;
        this.retryAfter = retryAfter;
    }

    /** One row of the sheet as text, with the row number a person sees in Excel (from 1). */
    public record SheetRow(int number, List<String> cells) {

        public String cell(int column) {
            return column < 0 || column >= cells.size() ? null : cells.get(column);
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /**
     * Reads the sheet; the result holds one of the service's places for sheets until it is closed, so close it
     * when its rows are done with (imported), not when read.
     *
     * @param maxRows rows of data allowed; more refuse the whole file as soon as they are met
     *                ({@link SheetProblems#tooManyRows}), with {@link #TITLE_ROWS} more allowed for titles and headers
     * @throws InvalidInput about the field {@code file} when the file is empty, unreadable or over a limit
     * @throws Busy         when the service holds as many sheets as it may, after a short wait
     */
    public SheetUpload read(String fileName, byte[] content, int maxRows) {
        if (!bulkhead.tryAcquirePermission()) {
            throw new Busy("file", new ServiceReason.ReadingOtherFiles(), retryAfter);
        }
        try {
            return new SheetUpload(rows(fileName, content, maxRows), bulkhead::onComplete);
        } catch (RuntimeException | Error e) {
            bulkhead.onComplete();
            throw e;
        }
    }

    private List<SheetRow> rows(String fileName, byte[] content, int maxRows) {
        if (content.length == 0) {
            throw SheetProblems.empty();
        }
        if (content.length > limits.maxUnpackedBytes()) {
            throw SheetProblems.tooLargeUnpacked(limits.maxUnpackedBytes());
        }
        RowCollector rows = new RowCollector(maxRows, limits);
        FileMagic magic = FileMagic.valueOf(Arrays.copyOf(content, Math.min(content.length, 64)));
        try {
            switch (magic) {
                case OOXML -> XlsxSheets.read(content, rows, limits.maxUnpackedBytes());
                case OLE2 -> XlsSheets.read(content, rows);
                case BIFF2, BIFF3, BIFF4 -> throw SheetProblems.oldFormat();
                default -> {
                    if (spreadsheetName(fileName)) {
                        throw SheetProblems.notAWorkbook();
                    }
                    CsvSheets.read(content, rows, limits);
                }
            }
        } catch (InvalidInput refused) {
            throw refused;
        } catch (Exception e) {
            InvalidInput refused = explained(e);
            log.info("sheet {} ({}) refused as \"{}\": {}", fileName, magic, refused.violations().get(0).messageEn(),
                    e.toString());
            throw refused;
        }
        return rows.rows();
    }

    private static boolean spreadsheetName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm");
    }

    /** What a reading library's failure means for the user; a limit passed deep inside a parser is found again. */
    private static InvalidInput explained(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInput refused) {
                return refused;
            }
            if (cause instanceof EncryptedDocumentException) {
                return SheetProblems.encrypted();
            }
            if (cause instanceof OldExcelFormatException) {
                return SheetProblems.oldFormat();
            }
            if (cause instanceof NotOfficeXmlFileException || cause instanceof OLE2NotOfficeXmlFileException
                    || cause instanceof NotOLE2FileException || cause instanceof OfficeXmlFileException) {
                return SheetProblems.notAWorkbook();
            }
            // POI's zip-bomb checks (ratio, entry size, entry count) say so only in their message
            if (cause instanceof IOException && cause.getMessage() != null
                    && (cause.getMessage().startsWith("Zip bomb detected")
                    || cause.getMessage().contains("potentially malicious"))) {
                return SheetProblems.zipBomb();
            }
        }
        return SheetProblems.damaged();
    }
}
