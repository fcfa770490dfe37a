package ru.opora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditStateTests {

    @Test
    void writesAFieldPerLineWithDatesAndNumbersAsPagesDo() {
        String json = """
                {"name":"МКОУ «Успенская СОШ»","start":"2026-09-01","students":1200,"share":12.5,
                 "small":true,"scope":["a","b"],"head":{"code":"391206"},"closed":null,"period":"2026-09-01 — 2027-05-31",
                 "steps":[{"code":"SELECTION","due":"2026-10-01"},{"code":"CURATOR","due":"2026-10-15"}]}""";
        assertThat(AuditState.readable(json)).isEqualTo("""
                        name: МКОУ «Успенская СОШ»
                        start: 01.09.2026
                        students: 1\u00a0200
                        share: 12,5
                        small: да
                        scope: a, b
                        head.code: 391206
                        closed: —
                        period: 01.09.2026 — 31.05.2027
                        steps: (code: SELECTION; due: 01.10.2026), (code: CURATOR; due: 15.10.2026)""");
    }

    @Test
    void namesFieldsAndCodesByTheTermsGivenAndReadsRecordsKeptAsText() {
        var terms = new AuditState.Terms() {
            @Override
            public String field(String name) {
                return switch (name) {
                    case "role" -> "Роль";
                    case "factorCode" -> "Фактор";
                    default -> name;
                };
            }

            @Override
            public String value(String field, String value) {
                return switch (value) {
                    case "CURATOR" -> "Куратор";
                    case "EQUIPMENT" -> "Оснащение";
                    default -> value;
                };
            }
        };
        String json = """
                {"role":"CURATOR","starts":"2026-12-10T11:00","year":2026,"cohortYear":2027,
                 "entries":"[{\\"factorCode\\":\\"EQUIPMENT\\",\\"actual\\":true}]"}""";
        assertThat(AuditState.readable(json, terms)).isEqualTo("""
                        Роль: Куратор
                        starts: 10.12.2026 11:00
                        year: 2026
                        cohortYear: 2027
                        entries: (Фактор: Оснащение; actual: да)""");
    }

    @Test
    void leavesWhatIsNotJsonAsItIs() {
        assertThat(AuditState.readable("not json")).isEqualTo("not json");
        assertThat(AuditState.readable(null)).isEmpty();
    }
}
