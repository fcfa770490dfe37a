package ru.opora.people.mentoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** A school's mentoring and lesson observations through the API, with the teachers named by the pages' rule. */
@RestController
@Tag(name = "Педагоги")
class MentoringApi {

    /** A pair with the shown names of its mentor and mentee. */
    record PairView(String mentor, String mentee, Mentoring.Pair pair) {}

    /** An observation with the shown names of the teacher and the observer. */
    record ObservationView(String teacher, String observer, Observations.Observation observation) {}

    record SchoolView(
            UUID schoolId,
            String school,
            List<PairView> pairs,
            List<ObservationView> observations,
            ObservationProtocols.Protocol protocol) {}

    private final MentoringPages pages;

    MentoringApi(MentoringPages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/v1/people/schools/{id}/mentoring")
    @Operation(summary = "Наставнические пары школы с ИОМ педагогов и посещённые уроки с баллами по протоколу")
    SchoolView school(@PathVariable UUID id, Scope scope, Authentication who) {
        var page = pages.page(id, scope, who);
        return new SchoolView(
                page.school().id(),
                page.school().name(),
                page.pairs().stream()
                        .map(p -> new PairView(page.name(p.mentorId()), page.name(p.menteeId()), p))
                        .toList(),
                page.observations().stream()
                        .map(o -> new ObservationView(page.name(o.teacherId()), page.name(o.observerId()), o))
                        .toList(),
                page.protocol());
    }
}
