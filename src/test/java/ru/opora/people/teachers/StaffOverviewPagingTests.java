package ru.opora.people.teachers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;

/** A region's staff overview lists its schools fifty to a page, found by code or part of the name (#22). */
class StaffOverviewPagingTests {

    @Test
    void aRegionsSchoolsComeFiftyToAPageAndAreFoundByCodeOrName() {
        var schools = new ArrayList<TeacherPages.Staff>();
        var region = OrgPath.ofRegion(UUID.randomUUID());
        for (int i = 0; i < 339; i++) {
            UUID id = UUID.randomUUID();
            var ref = new OrgUnitRef(
                    id,
                    OrgUnitKind.SCHOOL,
                    "S" + (1000 + i),
                    i == 300 ? "Гимназия № 1" : "Школа № " + i,
                    region.child(id),
                    null);
            schools.add(new TeacherPages.Staff(ref, i, 0, 0, 0, 0, 0));
        }

        var first = TeacherPages.slice(schools, null, null);
        assertThat(first.rows()).hasSize(50);
        assertThat(first.pages()).isEqualTo(7);
        assertThat(first.total()).isEqualTo(339);
        var last = TeacherPages.slice(schools, " ", 99);
        assertThat(last.page()).isEqualTo(6);
        assertThat(last.rows()).hasSize(39);
        assertThat(last.rows().getLast().teachers()).isEqualTo(338);
        assertThat(TeacherPages.slice(schools, "гимназия", null).rows())
                .extracting(s -> s.school().code())
                .containsExactly("S1300");
        assertThat(TeacherPages.slice(schools, "s110", null).rows()).hasSize(10);
    }
}
