package ru.opora.coordination.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** The finder of strong schools and the consulting centres through the API, in the caller's scope. */
@RestController
@Tag(name = "Сильные школы и консультационные центры")
class NetworkApi {

    record CandidateView(
            UUID school,
            String name,
            String municipality,
            double rate,
            double regionRate,
            int works,
            List<ClassView> classes) {}

    /** A strong class; the teacher is named only to those who may read teachers' names. */
    record ClassView(String label, String teacher, double rate) {}

    record CentreView(
            UUID id,
            String name,
            String host,
            String owner,
            String subjects,
            String schedule,
            String contact,
            int consultations) {}

    private final NetworkPages pages;

    NetworkApi(NetworkPages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/v1/coordination/network")
    @Operation(summary = "Сильные школы региона по умению (subject, skill, year), без школ с флагами необъективности")
    List<CandidateView> strong(@ModelAttribute NetworkPages.Query q, Scope scope, Authentication who) {
        var page = pages.network(q, scope, who);
        return page.candidates().stream()
                .map(c -> new CandidateView(
                        c.schoolId(),
                        c.school(),
                        c.municipality(),
                        c.rate(),
                        c.regionRate(),
                        c.works(),
                        c.classes().stream()
                                .map(x -> new ClassView(x.label(), page.names() ? x.teacher() : "", x.rate()))
                                .toList()))
                .toList();
    }

    @GetMapping("/api/v1/coordination/centres")
    @Operation(summary = "Консультационные центры, которые видит пользователь, с числом проведённых консультаций")
    List<CentreView> centres(Scope scope, Authentication who) {
        return pages.network(new NetworkPages.Query(null, null, null), scope, who).centres().stream()
                .map(l -> new CentreView(
                        l.c().id(),
                        l.c().name(),
                        l.host(),
                        l.owner(),
                        l.c().subjects(),
                        l.c().schedule(),
                        l.c().contact(),
                        pages.parts().centres().consultations(l.c().id()).size()))
                .toList();
    }
}
