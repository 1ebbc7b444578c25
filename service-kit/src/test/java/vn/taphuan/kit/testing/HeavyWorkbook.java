package vn.taphuan.kit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The workbook of the hardening finding: an attendance-looking XLSX of many rows of four inline-string cells, written
 * straight into a zip (as a generator script would), varied enough to compress about seven to one — far from the
 * ratio POI takes for a zip bomb. 250,000 rows make about 54 MB of sheet XML in a file of about 8 MB.
 */
public final class HeavyWorkbook {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lường",
            "Hà", "Lò", "Giàng", "Sùng", "Triệu", "Nông"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Hồng", "A", "Seo", "Quang"};
    private static final String[] GIVEN = {"Tuấn", "Hoa", "Lan", "Dũng", "Mai", "Páo", "Sính", "Hùng", "Nga", "Chiến",
            "Thảo", "Dế", "Hải", "Yến", "Khánh"};

    /** The file, and the size of its sheet XML unpacked (what a reader must never hold at once). */
    public record Generated(byte[] content, long sheetXmlBytes) {
    }

    public static Generated xlsx(int rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows * 32);
        long sheetXmlBytes;
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            CountingWriter xml = new CountingWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
                    + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            row(xml, 1, "STT", "Họ và tên", "Giới tính", "Năm sinh");
            Random random = new Random(12);
            for (int r = 1; r <= rows; r++) {
                String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)] + " " + random.nextInt(100_000);
                row(xml, r + 1, String.valueOf(r), name, random.nextBoolean() ? "Nam" : "Nữ",
                        String.valueOf(1950 + random.nextInt(55)));
            }
            xml.write("</sheetData></worksheet>");
            xml.flush();
            sheetXmlBytes = xml.count;
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Generated(bytes.toByteArray(), sheetXmlBytes);
    }

    private static void row(Writer xml, int number, String... cells) throws IOException {
        xml.write("<row r=\"" + number + "\">");
        for (int c = 0; c < cells.length; c++) {
            xml.write("<c r=\"" + (char) ('A' + c) + number + "\" t=\"inlineStr\"><is><t>" + cells[c] + "</t></is></c>");
        }
        xml.write("</row>");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Counts the bytes of UTF-8 written, so the test can tell how big the sheet is unpacked. */
    private static final class CountingWriter extends Writer {
        private final Writer out;
        private long count;

        CountingWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            count += new String(buffer, offset, length).getBytes(StandardCharsets.UTF_8).length;
            out.write(buffer, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private HeavyWorkbook() {
    }
}
