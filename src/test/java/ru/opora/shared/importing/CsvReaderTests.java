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
        for (List<String> cells = new ArrayList<>(); reader.next(cells); cells = new ArrayList<>()) rows.add(cells);
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
        List<String> cells = new ArrayList<>();
        reader.next(cells);
        reader.next(cells);
        assertThat(cells).containsExactly("");
        reader.next(cells);
        assertThat(cells).containsExactly("b");
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
            for (List<String> cells = new ArrayList<>(); reader.next(cells); cells = new ArrayList<>()) rows.add(cells);
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
}
