package vn.taphuan.kit.sheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How much sheet reading one service takes on ({@code taphuan.kit.sheets.*}); the same for every service unless its
 * own settings say otherwise.
 *
 * @param maxConcurrent   sheets a service holds at once (read, and imported if the import runs on)
 * @param maxWait         how long one more waits for a place before it is refused
 * @param retryAfter      when a refused upload is told to try again
 * @param maxUnpackedSize what a workbook's parts may unpack to, all together (a CSV's or XLS's own size)
 * @param maxColumns      columns a sheet may use
 * @param maxCellLength   characters in one cell
 */
@ConfigurationProperties("taphuan.kit.sheets")
public record SheetProperties(Integer maxConcurrent, Duration maxWait, Duration retryAfter, DataSize maxUnpackedSize,
                              Integer maxColumns, Integer maxCellLength) {

    public SheetProperties {
        maxConcurrent = maxConcurrent == null ? 2 : maxConcurrent;
        maxWait = maxWait == null ? Duration.ofSeconds(2) : maxWait;
        retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
        maxUnpackedSize = maxUnpackedSize == null ? DataSize.ofMegabytes(48) : maxUnpackedSize;
        maxColumns = maxColumns == null ? 256 : maxColumns;
        maxCellLength = maxCellLength == null ? 2_000 : maxCellLength;
    }

    SheetLimits limits() {
        return new SheetLimits(maxColumns, maxCellLength, maxUnpackedSize.toBytes());
    }
}
