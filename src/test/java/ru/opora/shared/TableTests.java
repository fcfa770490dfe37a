package ru.opora.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTests {

    @Test
    void aWholeTaskNumberIsANumberAndAnyOtherLabelStaysText() {
        assertThat(Table.numberIfWhole("12")).isEqualTo(12);
        assertThat(Table.numberIfWhole("4.1")).isEqualTo("4.1");
        assertThat(Table.numberIfWhole("12(2)")).isEqualTo("12(2)");
        assertThat(Table.numberIfWhole("")).isEqualTo("");
        assertThat(Table.numberIfWhole("12345678901")).isEqualTo("12345678901");
    }

    @Test
    void aTitleCarryingAFiltersTextStillMakesASheet() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        new XlsxTableWriter().write(new Table("'\"<> 0 null'", List.of("a"), List.<List<?>>of(List.of("1"))), out);
        try (var wb =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("\"<> 0 null");
        }
    }

    @Test
    void refusesAMomentWithoutTheRegionsClockAndARowOfTheWrongWidth() {
        assertThatThrownBy(() -> new Table("t", List.of("a"), List.of(List.of(Instant.EPOCH))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Table("t", List.of("a", "b"), List.of(List.of(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
