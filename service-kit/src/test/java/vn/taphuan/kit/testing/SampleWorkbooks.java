package vn.taphuan.kit.testing;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Workbooks as users and attackers send them: small good ones, and each way a file can be unreadable. */
public final class SampleWorkbooks {

    /** A one-sheet workbook (XSSF or HSSF) of these rows; numbers are written as numbers. */
    public static byte[] of(Workbook workbook, List<List<Object>> rows) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        return of(new XSSFWorkbook(), List.of(List.of("Họ và tên"), List.of("Hà Thị Mai")));
    }

    /** Text with a spreadsheet's name. */
    public static byte[] notAWorkbook() {
        return "Họ và tên;Giới tính\nHà Thị Mai;Nữ\n".getBytes(StandardCharsets.UTF_8);
    }

    /** The first half of an XLSX, as an interrupted download leaves it. */
    public static byte[] truncated() {
        byte[] xlsx = xlsx();
        return Arrays.copyOf(xlsx, xlsx.length / 2);
    }

    /** An XLSX whose sheet unpacks to 20 MB from under 200 KB: a ratio no real workbook has. */
    public static byte[] zipBomb() {
        return rewritten(xlsx(), "xl/worksheets/sheet1.xml", xml -> {
            int body = xml.indexOf("<sheetData");
            return xml.substring(0, body) + " ".repeat(20 << 20) + xml.substring(body);
        });
    }

    /** An XLSX saved with a password (Excel's "Encrypt with password"): an OLE2 container around the package. */
    public static byte[] encryptedXlsx() {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bí mật");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx()));
                 OutputStream data = encryptor.getDataStream(container)) {
                opc.save(data);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An XLS protected by a password. */
    public static byte[] encryptedXls() {
        Biff8EncryptionKey.setCurrentUserPassword("bí mật");
        try {
            return of(new HSSFWorkbook(), List.of(List.of("Họ và tên"), List.of("Hà Thị Mai")));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** The zip with one entry's text changed. */
    public static byte[] rewritten(byte[] zip, String name, UnaryOperator<String> change) {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy.toByteArray();
    }

    /** The zip without one entry. */
    public static byte[] without(byte[] zip, String name) {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (!entry.getName().equals(name)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(data);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy.toByteArray();
    }

    private SampleWorkbooks() {
    }
}
