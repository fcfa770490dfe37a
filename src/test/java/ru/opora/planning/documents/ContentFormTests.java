package ru.opora.planning.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The editor's rows: empty rows skipped, ids kept or made, unreadable values reported by table, row and column. */
class ContentFormTests {

    static final Template ANTIRISK = new Template(DocumentType.ANTIRISK_PROGRAM, List.of("goal"), true, true, true);

    @Test
    void readsRowsKeepsIdsAndReportsWhatItCannotRead() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("section_goal", " Цель ");
        form.addAll("task_id", List.of("t-1", ""));
        form.addAll("task_text", List.of("Диагностика", ""));
        form.addAll("m_id", List.of("m-1", "", ""));
        form.addAll("m_task", List.of("1", "7", ""));
        form.addAll("m_title", List.of("Входная диагностика", "Курсы", ""));
        form.addAll("m_start", List.of("", "", ""));
        form.addAll("m_due", List.of("2027-03-01", "31.13.2027", ""));
        form.addAll("m_responsible", List.of("Завуч", "Директор", ""));
        form.addAll("i_id", List.of("", ""));
        form.addAll("i_name", List.of("Доля «2»", ""));
        form.addAll("i_unit", List.of("%", ""));
        form.addAll("i_baseline", List.of("30,5", ""));
        form.addAll("i_target", List.of("пятнадцать", ""));

        var parsed = ContentForm.parse(ANTIRISK, form, java.util.Map.of());
        var c = parsed.content();
        assertThat(c.section("goal")).isEqualTo("Цель");
        assertThat(c.tasks()).containsExactly(new Content.Task("t-1", "Диагностика"));
        assertThat(c.measures()).hasSize(2);
        assertThat(c.measures().get(0).id()).isEqualTo("m-1");
        assertThat(c.measures().get(0).taskId()).isEqualTo("t-1");
        assertThat(c.measures().get(0).due()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(c.measures().get(1).id()).isNotBlank();
        assertThat(c.indicators().getFirst().baseline()).isEqualTo(30.5);
        assertThat(parsed.problems())
                .containsExactly(
                        new ContentForm.Problem("measures", 2, "task", "7"),
                        new ContentForm.Problem("measures", 2, "due", "31.13.2027"),
                        new ContentForm.Problem("indicators", 1, "target", "пятнадцать"));
    }
}
