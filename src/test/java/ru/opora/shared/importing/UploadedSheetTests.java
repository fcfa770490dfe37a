package ru.opora.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedSheetTests {

    @TempDir
    Path dir;

    private final List<String> rows = new ArrayList<>();

    private UploadedSheet.Format read(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return UploadedSheet.read(
                name, file, 10 * 1024 * 1024, (row, cells) -> rows.add(row + ":" + String.join("|", cells)));
    }

    @Test
    void readsUtf8CsvSeparatedBySemicolons() throws IOException {
        assertThat(read("a.csv", "Код;Название\n1;Школа «Успех»; \n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(UploadedSheet.Format.CSV);
        assertThat(rows).containsExactly("1:Код|Название", "2:1|Школа «Успех»|");
    }

    @Test
    void readsWindows1251CsvSeparatedByCommas() throws IOException {
        read("a.csv", "Код,Название\n2,\"Средняя школа, с. Ивановка\"\n".getBytes(Charset.forName("windows-1251")));
        assertThat(rows).containsExactly("1:Код|Название", "2:2|Средняя школа, с. Ивановка");
    }

    @Test
    void skipsTheUtf8ByteOrderMarkAndBlankLines() throws IOException {
        read("a.csv", "\uFEFFКод;Имя\n\n;\n3;Лицей\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows).containsExactly("1:Код|Имя", "4:3|Лицей");
    }

    /** The header is the first non-empty row, told apart from the rows; quoted, spaced and Cyrillic cells read as in a row. */
    @Test
    void givesTheHeaderApartFromTheRows() throws IOException {
        var seen = new ArrayList<String>();
        Path file = dir.resolve("h.csv");
        Files.write(
                file,
                ("\n ; \n \"Код ОО\" ;\"Отметка; за период\";\"a\"\"b\"\n1;\"5 А\";x\n")
                        .getBytes(Charset.forName("windows-1251")));
        UploadedSheet.read("h.csv", file, 1024 * 1024, new UploadedSheet.RowConsumer() {
            @Override
            public void header(int row, List<String> cells) {
                seen.add("header " + row + ":" + String.join("|", cells));
            }

            @Override
            public void accept(int row, List<String> cells) {
                seen.add("row " + row + ":" + String.join("|", cells));
            }
        });
        assertThat(seen).containsExactly("header 3:Код ОО|Отметка; за период|a\"b", "row 4:1|5 А|x");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxKeepingLongNumbersWhole() throws IOException {
        try (var wb = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Реестр");
            sheet.createRow(0).createCell(0).setCellValue("ИНН");
            sheet.getRow(0).createCell(2).setCellValue("Доля");
            sheet.createRow(2).createCell(0).setCellValue(770708389312.0);
            sheet.getRow(2).createCell(2).setCellValue(4.5);
            wb.createSheet("Справка").createRow(0).createCell(0).setCellValue("не читается");
            wb.write(out);
            assertThat(read("r.xlsx", out.toByteArray())).isEqualTo(UploadedSheet.Format.XLSX);
        }
        assertThat(rows).containsExactly("1:ИНН||Доля", "3:770708389312||4.5");
    }

    /**
     * A large CSV: the rows come in order with their line numbers (blank lines skipped, not
     * renumbered), and a broken byte far down the file fails the reading after the rows before it.
     */
    @Test
    void readsALargeCsvInOrderAndFailsAtABrokenByteAfterTheRowsBeforeIt() throws IOException {
        var text = new ByteArrayOutputStream();
        text.writeBytes("Код;Балл\n".getBytes(StandardCharsets.UTF_8));
        // past the 64 KB sample the encoding is told from, so that the broken byte is met mid-way
        for (int i = 1; i <= 20000; i++)
            text.writeBytes((i % 1000 == 0 ? "\n" : "c" + i + ";" + i % 3 + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] good = text.toByteArray();
        read("big.csv", good);
        assertThat(rows).hasSize(1 + 20000 - 20);
        assertThat(rows.get(1)).isEqualTo("2:c1|1");
        assertThat(rows.getLast()).isEqualTo("20000:c19999|1");
        assertThat(rows.get(999)).isEqualTo("1000:c999|0");
        assertThat(rows.get(1000)).isEqualTo("1002:c1001|2");

        rows.clear();
        text.writeBytes(new byte[] {'x', (byte) 0xC0, (byte) 0xE0, '\n'});
        text.writeBytes("after;1\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read("broken.csv", text.toByteArray()))
                .isInstanceOf(UnreadableFile.class)
                .extracting(e -> ((UnreadableFile) e).code())
                .isEqualTo("FILE-E009");
        assertThat(rows).hasSize(1 + 20000 - 20).doesNotContain("20003:after|1");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("empty.csv", new byte[0]))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.code()).isEqualTo("FILE-E001"));
    }

    @Test
    void refusesAFileOverTheLimitNamingBothSizes() throws IOException {
        Path file = dir.resolve("big.csv");
        Files.write(file, new byte[3 * 1024 * 1024]);
        assertThatThrownBy(() -> UploadedSheet.read("big.csv", file, 1024 * 1024, (r, c) -> {}))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.code()).isEqualTo("FILE-E002");
                    assertThat(e.args()).containsExactly("big.csv", "3,0", "1,0");
                });
    }

    @Test
    void refusesAFileNamedXlsxThatIsNotAWorkbook() {
        assertThatThrownBy(() -> read("register.xlsx", "%PDF-1.4 not a workbook".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.code()).isEqualTo("FILE-E003"));
    }

    @Test
    void refusesTheOldXlsFormat() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> read("old.xls", ole2))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.code()).isEqualTo("FILE-E004"));
    }

    @Test
    void refusesUtf16AndBinaryContent() {
        assertThatThrownBy(() -> read("u16.csv", "Код;Имя".getBytes(StandardCharsets.UTF_16)))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.code()).isEqualTo("FILE-E006"));
        assertThatThrownBy(() -> read("bin.csv", new byte[] {1, 2, 0, 3}))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.code()).isEqualTo("FILE-E007"));
    }

    @Test
    void refusesAZipBombDisguisedAsXlsx() throws IOException {
        byte[] valid;
        try (var wb = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            wb.createSheet("Лист1").createRow(0).createCell(0).setCellValue("Код");
            wb.write(out);
            valid = out.toByteArray();
        }
        var bomb = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(valid));
                var out = new ZipOutputStream(bomb)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().endsWith("sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    writeSpaces(out, 60 * 1024 * 1024);
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else out.write(content);
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> read("bomb.xlsx", bomb.toByteArray()))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.code()).isEqualTo("FILE-E010"));
    }

    @Test
    void refusesAWorkbookWithADoctypeInItsOwnWordsNotTheLibrarys() throws IOException {
        byte[] valid;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("a");
            wb.write(out);
            valid = out.toByteArray();
        }
        var evil = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(valid));
                var out = new ZipOutputStream(evil)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().endsWith("sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<worksheet");
                    xml = xml.substring(0, at) + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                            + xml.substring(at);
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                } else out.write(content);
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> read("evil.xlsx", evil.toByteArray()))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.code()).isEqualTo("FILE-E011"));
    }

    private static void writeSpaces(OutputStream out, int count) throws IOException {
        byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int written = 0; written < count; written += chunk.length) out.write(chunk);
    }

    @Test
    void guessesTheSeparatorFromTheHeaderLine() {
        assertThat(UploadedSheet.detectDelimiter("a;b;c")).isEqualTo(';');
        assertThat(UploadedSheet.detectDelimiter("a,b,c")).isEqualTo(',');
        assertThat(UploadedSheet.detectDelimiter("\"a;x\",b,c")).isEqualTo(',');
        assertThat(UploadedSheet.detectDelimiter("a\tb\tc")).isEqualTo('\t');
    }
}
