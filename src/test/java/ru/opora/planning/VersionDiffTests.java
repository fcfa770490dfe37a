package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.planning.documents.Content;
import ru.opora.planning.documents.VersionDiff;

/** Rows are followed by id: an edited measure is one change, a new one an addition, a dropped one a removal. */
class VersionDiffTests {

    @Test
    void listsWhatChangedPlaceByPlace() {
        var due = LocalDate.of(2027, 3, 1);
        var a = new Content(
                Map.of("goal", "Снизить долю «2»"),
                List.of(new Content.Task("t1", "Диагностика")),
                List.of(
                        new Content.Measure("m1", "t1", "Заявка", null, due, "Завхоз", "", "", "", List.of()),
                        new Content.Measure("m2", "t1", "Курсы", null, due, "Завуч", "", "", "", List.of())),
                List.of(new Content.Target("i1", "Доля «2»", "%", 30.0, 15.0)));
        var b = new Content(
                Map.of("goal", "Снизить долю «2» до 15 %"),
                List.of(new Content.Task("t1", "Диагностика")),
                List.of(
                        new Content.Measure(
                                "m1", "t1", "Заявка", null, due, "Заместитель по АХЧ", "", "", "", List.of()),
                        new Content.Measure(
                                "m3", "t1", "Наставничество", null, due, "Директор", "", "", "", List.of())),
                List.of(new Content.Target("i1", "Доля «2»", "%", 30.0, 15.0)));
        var changes = VersionDiff.between(a, b);
        assertThat(changes)
                .extracting(VersionDiff.Change::kind, VersionDiff.Change::place, VersionDiff.Change::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CHANGED", "section", "goal"),
                        org.assertj.core.groups.Tuple.tuple("CHANGED", "measure", "Заявка"),
                        org.assertj.core.groups.Tuple.tuple("ADDED", "measure", "Наставничество"),
                        org.assertj.core.groups.Tuple.tuple("REMOVED", "measure", "Курсы"));
        assertThat(changes.get(1).before()).contains("Завхоз");
        assertThat(changes.get(1).after()).contains("Заместитель по АХЧ");
        assertThat(VersionDiff.between(a, a)).isEmpty();
    }
}
