package ru.opora.people.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;

/** A region's overview of pupils at risk lists its schools fifty to a page, found by code or part of the name. */
class PupilOverviewPagingTests {

    @Test
    void aRegionsSchoolsComeFiftyToAPageAndAreFoundByCodeOrName() {
        var schools = new ArrayList<PupilPages.SchoolCount>();
        var region = OrgPath.ofRegion(UUID.randomUUID());
        for (int i = 0; i < 120; i++) {
            UUID id = UUID.randomUUID();
            var ref = new OrgUnitRef(
                    id,
                    OrgUnitKind.SCHOOL,
                    "S" + (100 + i),
                    i == 77 ? "Лицей «Эврика»" : "Школа № " + i,
                    region.child(id),
                    null);
            schools.add(new PupilPages.SchoolCount(ref, new int[] {i, 0, 0}, 0, new RouteReads.Progress(0, 0, 0, 0)));
        }

        var first = PupilPages.slice(schools, null, null);
        assertThat(first.rows()).hasSize(50);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.total()).isEqualTo(120);
        var last = PupilPages.slice(schools, "", 2);
        assertThat(last.rows()).hasSize(20);
        assertThat(last.rows().getFirst().school().code()).isEqualTo("S200");

        assertThat(PupilPages.slice(schools, " эврик ", null).rows())
                .extracting(s -> s.school().code())
                .containsExactly("S177");
        assertThat(PupilPages.slice(schools, "s11", null).rows()).hasSize(10);
    }
}
