package ru.opora.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static List<List<String>> read(byte[] bytes, Charset charset, char delimiter) throws IOException {
        var reader = new CsvReader(new ByteArrayInputStream(bytes), charset, delimiter);
        var rows = new ArrayList<List<String>>();
        for (List<String> cells = reader.next(); cells != null; cells = reader.next()) rows.add(List.copyOf(cells));
        return rows;
    }

    private static List<List<String>> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ';');
    }

    @Test
    void splitsQuotedCellsWithDelimitersLineBreaksAndDoubledQuotes() throws IOException {
        assertThat(read("a;\"b;c\";\"он сказал \"\"да\"\"\"\n\"две\nстроки\";x\n"))
                .containsExactly(List.of("a", "b;c", "он сказал \"да\""), List.of("две\nстроки", "x"));
    }

    @Test
    void acceptsEveryLineBreakAndTrimsSpacesButKeepsEmptyCells() throws IOException {
        assertThat(read("1 ; 2;\r\n3;;4\r5\n"))
                .containsExactly(List.of("1", "2", ""), List.of("3", "", "4"), List.of("5"));
    }

    @Test
    void keepsAnEmptyLineAsARecordSoThatNumbersMatchExcel() throws IOException {
        var reader = new CsvReader(
                new ByteArrayInputStream("a\n\nb\n".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, ';');
        reader.next();
        assertThat(reader.next()).containsExactly("");
        assertThat(reader.next()).containsExactly("b");
        assertThat(reader.record()).isEqualTo(3);
    }

    @Test
    void decodesWindows1251AndTellsRepeatedShortCellsApartByTheirBytes() throws IOException {
        var rows = read(
                "5А,м\n5Б,ж\n5А,ж\n".getBytes(Charset.forName("windows-1251")), Charset.forName("windows-1251"), ',');
        assertThat(rows).containsExactly(List.of("5А", "м"), List.of("5Б", "ж"), List.of("5А", "ж"));
        assertThat(rows.get(0).get(0)).isSameAs(rows.get(2).get(0));
    }

    /**
     * A cell is taken straight from the read buffer unless it is quoted or crosses the buffer's end:
     * the same text read in pieces of every small size (a CRLF split between two reads, a cell of
     * Cyrillic bytes cut in the middle) gives the same cells.
     */
    @Test
    void readsTheSameCellsWhereverTheFileIsCutBetweenReads() throws IOException {
        String text = "Код ОО;Класс; 1 ;\"a;b\"\r\nBS0;5 А;2;\"две\r\nстроки\"\rBS1;5Б;;x\r\n\r\nBS2;«5В»;10;\t \n";
        var expected = List.of(
                List.of("Код ОО", "Класс", "1", "a;b"),
                List.of("BS0", "5 А", "2", "две\r\nстроки"),
                List.of("BS1", "5Б", "", "x"),
                List.of(""),
                List.of("BS2", "«5В»", "10", ""));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(read(bytes, StandardCharsets.UTF_8, ';')).isEqualTo(expected);
        for (int piece = 1; piece <= 13; piece++) {
            var reader = new CsvReader(inPieces(bytes, piece), StandardCharsets.UTF_8, ';');
            var rows = new ArrayList<List<String>>();
            for (List<String> cells = reader.next(); cells != null; cells = reader.next()) rows.add(List.copyOf(cells));
            assertThat(rows).as("read %d bytes at a time", piece).isEqualTo(expected);
        }
    }

    private static java.io.InputStream inPieces(byte[] bytes, int piece) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, piece));
            }
        };
    }

    @Test
    void refusesBytesThatAreNotUtf8AndAQuoteLeftOpen() {
        byte[] mixed = "ok;".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[mixed.length + 2];
        System.arraycopy(mixed, 0, bad, 0, mixed.length);
        bad[mixed.length] = (byte) 0xC0;
        bad[mixed.length + 1] = (byte) 0xE0;
        assertThatThrownBy(() -> read(bad, StandardCharsets.UTF_8, ';')).isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> read("a;\"b\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("кавычки");
    }

    /**
     * A record without quotes that lies whole in the buffer is split once and kept as bytes: a
     * score is read as a digit, a cell becomes text when asked for, and both give what the cell by
     * cell reading gives.
     */
    @Test
    void aRawRecordReadsDigitsWithoutTextAndTextWhenAsked() throws IOException {
        var reader = new CsvReader(
                new ByteArrayInputStream("BS0;7;5А; 3 ;12;\t;отсутствовал\n".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8,
                ';');
        List<String> cells = reader.next();
        assertThat(cells).isInstanceOf(RawCells.class);
        var raw = (RawCells) cells;
        assertThat(List.of(raw.digit(0), raw.digit(1), raw.digit(2), raw.digit(3), raw.digit(4), raw.digit(5)))
                .containsExactly(-1, 7, -1, 3, -1, -1);
        assertThat(raw.mayHold(6, 12)).isTrue();
        assertThat(raw.mayHold(3, 12)).isFalse();
        assertThat(raw.blank()).isFalse();
        assertThat(cells).containsExactly("BS0", "7", "5А", "3", "12", "", "отсутствовал");
        assertThat(reader.next()).isNull();

        var problems = new ImportProblems();
        var header = Header.read(1, List.of("a", "b", "c", "d", "e", "f", "g"), List.of(), problems);
        var row = header.row(2, cells, problems);
        assertThat(row.digit(3)).isEqualTo(3);
        assertThat(row.digit(9)).isEqualTo(-1);
        var plain = header.row(3, List.of("4", " 5", "x"), problems);
        assertThat(List.of(plain.digit(0), plain.digit(1), plain.digit(2))).containsExactly(4, 5, -1);
    }

    @Test
    void blankRawRecordsAndRecordsReadCellByCellGiveTheSameCells() throws IOException {
        var wide = new StringBuilder();
        for (int i = 0; i < 70; i++) wide.append(i).append(';');
        byte[] bytes = (" ; \t;\n\u00a0;\n\"q\";1\n" + wide + "\n").getBytes(StandardCharsets.UTF_8);
        var reader = new CsvReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, ';');
        assertThat(((RawCells) reader.next()).blank()).isTrue();
        assertThat(((RawCells) reader.next()).blank())
                .as("a no-break space is text, as when read cell by cell")
                .isFalse();
        assertThat(reader.next()).isNotInstanceOf(RawCells.class).containsExactly("q", "1");
        List<String> many = reader.next();
        assertThat(many)
                .as("past 64 cells: cell by cell")
                .isNotInstanceOf(RawCells.class)
                .hasSize(71);
        assertThat(many.get(69)).isEqualTo("69");

        String forty = String.join(
                ";",
                java.util.stream.IntStream.range(0, 40)
                        .mapToObj(String::valueOf)
                        .toList());
        var ofForty = new CsvReader(
                        new ByteArrayInputStream((forty + "\n").getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8,
                        ';')
                .next();
        assertThat(ofForty).as("a ВПР of 30-odd tasks: split in the buffer").isInstanceOf(RawCells.class);
        assertThat(ofForty).hasSize(40).endsWith("38", "39");
        assertThat(((RawCells) ofForty).digit(7)).isEqualTo(7);
    }

    /** A Cyrillic cell in the wrong encoding fails the record it is in, even when nobody reads that cell. */
    @Test
    void aRawRecordInAnotherEncodingFailsWhereItIsRead() throws IOException {
        byte[] good = "BS0;5А;1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "BS1;5А;1\n".getBytes(Charset.forName("windows-1251"));
        byte[] both = new byte[good.length + bad.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(bad, 0, both, good.length, bad.length);
        var reader = new CsvReader(new ByteArrayInputStream(both), StandardCharsets.UTF_8, ';');
        assertThat(reader.next()).containsExactly("BS0", "5А", "1");
        assertThatThrownBy(reader::next).isInstanceOf(CharacterCodingException.class);
    }

    /**
     * Records cut by the 64 KB read buffer's end are moved to its start and split there: a file of a
     * few hundred kilobytes, records of every length, some quoted, gives the cells it was written from.
     */
    @Test
    void recordsCutByTheBuffersEndAreReadWhole() throws IOException {
        var random = new java.util.Random(7);
        var expected = new ArrayList<List<String>>();
        var text = new StringBuilder();
        while (text.length() < 400_000) {
            var cells = new ArrayList<String>();
            int n = 1 + random.nextInt(40);
            for (int c = 0; c < n; c++) {
                String cell = switch (random.nextInt(6)) {
                    case 0 -> String.valueOf(random.nextInt(10));
                    case 1 -> "5А";
                    case 2 -> "";
                    case 3 -> "код-" + random.nextInt(1_000_000);
                    case 4 -> "x".repeat(random.nextInt(300));
                    default -> "отсутствовал";
                };
                cells.add(cell);
            }
            boolean quoted = random.nextInt(50) == 0;
            for (int c = 0; c < n; c++) {
                if (c > 0) text.append(';');
                text.append(quoted && c == 0 ? "\"" + cells.get(c) + "\"" : cells.get(c));
            }
            text.append(random.nextBoolean() ? "\r\n" : "\n");
            expected.add(cells);
        }
        assertThat(read(text.toString())).isEqualTo(expected);
        var reader = new CsvReader(
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8,
                ';');
        int raw = 0;
        for (List<String> cells = reader.next(); cells != null; cells = reader.next())
            if (cells instanceof RawCells) raw++;
        assertThat(raw).as("all but the quoted records split in the buffer").isGreaterThan(expected.size() * 9 / 10);
    }
}
