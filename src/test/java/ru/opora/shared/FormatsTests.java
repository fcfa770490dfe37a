package ru.opora.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Numbers and dates are written one way everywhere: the page's figure is the export's. */
class FormatsTests {

    @Test
    void roundsHalfUpOnPagesAndInExportsAlike() {
        assertThat(Formats.round(31.25, 1)).isEqualTo(31.3);
        assertThat(Formats.number(31.25, 1)).isEqualTo("31,3");
        assertThat(Formats.round(2.675, 2)).isEqualTo(2.68);
        assertThat(Formats.number(2.675, 2)).isEqualTo("2,68");
        assertThat(Formats.round(-0.05, 1)).isEqualTo(-0.1);
        assertThat(Formats.number(new BigDecimal("12.345"), 2)).isEqualTo("12,35");
        assertThat(Formats.number(null, 1)).isEqualTo("—");
    }

    @Test
    void writesThousandsWithANonBreakingSpace() {
        assertThat(Formats.integer(2406)).isEqualTo("2\u00a0406");
        assertThat(Formats.number(1234567.891, 1)).isEqualTo("1\u00a0234\u00a0567,9");
        assertThat(Formats.percent(12.5, 1)).isEqualTo("12,5\u00a0%");
        assertThat(Formats.plain(100000)).isEqualTo("100\u00a0000");
        assertThat(Formats.plain(7.5)).isEqualTo("7,5");
        assertThat(Formats.upTo(0.125, 2)).isEqualTo("0,13");
        assertThat(Formats.upTo(1.0, 2)).isEqualTo("1");
        assertThat(Formats.upTo(null, 2)).isEqualTo("—");
        assertThat(Formats.editable(100000.5)).isEqualTo("100000,5");
    }

    @Test
    void writesDatesAsDayMonthYear() {
        assertThat(Formats.date(LocalDate.of(2026, 11, 25))).isEqualTo("25.11.2026");
    }

    @Test
    void writesAMomentOnTheRegionsClockWhateverItsOffset() {
        var at = Instant.parse("2026-11-25T21:30:00Z");
        var local = LocalDateTime.ofInstant(at, Formats.zone());
        String expected = "%02d.%02d.%d %02d:%02d"
                .formatted(
                        local.getDayOfMonth(),
                        local.getMonthValue(),
                        local.getYear(),
                        local.getHour(),
                        local.getMinute());
        assertThat(Formats.dateTime(at)).isEqualTo(expected);
        assertThat(Formats.dateTime(at.atOffset(ZoneOffset.ofHours(5)))).isEqualTo(expected);
        assertThat(Formats.date(at)).isEqualTo(expected.substring(0, 10));
        assertThat(Formats.dateTime(null)).isEmpty();
    }

    @Test
    void choosesTheRussianWordFormForACount() {
        assertThat(Formats.plural(1, "строка", "строки", "строк")).isEqualTo("строка");
        assertThat(Formats.plural(3, "строка", "строки", "строк")).isEqualTo("строки");
        assertThat(Formats.plural(11, "строка", "строки", "строк")).isEqualTo("строк");
        assertThat(Formats.plural(21, "строка", "строки", "строк")).isEqualTo("строка");
        assertThat(Formats.plural(2406, "строка", "строки", "строк")).isEqualTo("строк");
    }
}
