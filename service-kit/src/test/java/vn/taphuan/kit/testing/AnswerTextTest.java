package vn.taphuan.kit.testing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Markers are found where a user would read them: in downloaded workbooks too, whatever the case or Unicode form. */
class AnswerTextTest {

    @Test
    void aWorkbookIsSearchedInsideItsEntriesWithXmlEntitiesResolvedAndComparedWithoutItsMetadata() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xlsx)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst><si><t>Nguy&#7877;n Th&#x1ecb; Lan &amp; Hoàng Văn Nam</t></si></sst>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("docProps/core.xml"));
            zip.write("<created>2026-11-25T09:01:58Z</created>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        String text = AccessIsolationSuite.readable(xlsx.toByteArray(), true);

        assertThat(text).contains("Nguyễn Thị Lan & Hoàng Văn Nam").contains("[xl/sharedStrings.xml]").contains("2026-11-25");
        // compared before and after without the creation time, which differs each time a workbook is made
        assertThat(AccessIsolationSuite.readable(xlsx.toByteArray(), false)).contains("Nguyễn Thị Lan")
                .doesNotContain("2026-11-25");
        assertThat(AccessIsolationSuite.readable("{\"a\":\"Lan\"}".getBytes(StandardCharsets.UTF_8), true))
                .isEqualTo("{\"a\":\"Lan\"}");
    }

    @Test
    void markersAreComparedInOneUnicodeFormAndCase() {
        String decomposed = Normalizer.normalize("NGUYỄN THỊ LAN", Normalizer.Form.NFD);
        assertThat(AccessIsolationSuite.normalise(decomposed)).isEqualTo(AccessIsolationSuite.normalise("Nguyễn Thị Lan"));
    }
}
