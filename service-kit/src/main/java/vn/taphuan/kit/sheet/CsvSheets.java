package vn.taphuan.kit.sheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * CSV as Excel saves it, read by Commons CSV: UTF-8 with or without a byte-order mark (anything else is refused with
 * how to save it right), separated by commas, semicolons (Excel where the decimal mark is a comma) or tabs, quoted
 * cells holding separators, quotes and line breaks. A stray quote inside a cell is kept as written.
 */
final class CsvSheets {

    static void read(byte[] content, RowCollector rows, SheetLimits limits) {
        String text = utf8(content);
        longestLine(text, limits);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separatorOf(text))
                // a blank line is a row as Excel numbers them; the collector drops it
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                rows.startRow(Math.toIntExact(record.getRecordNumber()));
                for (int c = 0; c < record.size(); c++) {
                    rows.cell(c, record.get(c));
                }
                rows.endRow();
            }
        } catch (IOException | UncheckedIOException e) {
            throw SheetProblems.unreadableCsv();
        }
    }

    private static String utf8(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw SheetProblems.notUtf8();
        }
    }

    /**
     * A line longer than the widest row of the longest cells is no sheet: a file of nothing but separators would
     * otherwise make one row of millions of cells before any limit could count them.
     */
    private static void longestLine(String text, SheetLimits limits) {
        long longest = (long) limits.maxColumns() * (limits.maxCellLength() + 3);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > longest) {
                    throw SheetProblems.lineTooLong(line);
                }
                line++;
                start = i + 1;
            }
        }
    }

    /**
     * The separator the top lines use most in one line: comma (Excel), semicolon (Excel with a comma decimal) or
     * tab. The header, not a title line above it, decides.
     */
    private static char separatorOf(String text) {
        char best = ',';
        long most = 0;
        for (String line : text.lines().limit(15).toList()) {
            for (char candidate : new char[]{',', ';', '\t'}) {
                long count = line.chars().filter(ch -> ch == candidate).count();
                if (count > most) {
                    most = count;
                    best = candidate;
                }
            }
        }
        return best;
    }

    private CsvSheets() {
    }
}
