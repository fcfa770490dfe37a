package ru.opora.coordination.practices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** The bank of practices through the API, in the caller's scope as on the pages. */
@RestController
@Tag(name = "Банк практик")
class PracticeApi {

    record PracticeView(
            UUID id,
            String title,
            String school,
            List<String> risks,
            String subject,
            String level,
            String indicator,
            BigDecimal before,
            BigDecimal after,
            BigDecimal effect,
            String state,
            String problem,
            String solution) {}

    private final PracticePages pages;

    PracticeApi(PracticePages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/v1/coordination/practices")
    @Operation(summary = "Опубликованные практики региона по риску, предмету, уровню и эффекту, больший эффект первым")
    List<PracticeView> search(@ModelAttribute Practices.Query query, Scope scope, Authentication who) {
        return pages.bank(scope, who, query).found().stream()
                .map(PracticeApi::view)
                .toList();
    }

    @GetMapping("/api/v1/coordination/practices/{id}")
    @Operation(summary = "Практика: проблема, решение, показатель до и после, состояние модерации")
    PracticeView practice(@PathVariable UUID id, Scope scope, Authentication who) {
        return view(pages.practice(id, scope, who).line());
    }

    private static PracticeView view(PracticePages.Line l) {
        var p = l.p();
        return new PracticeView(
                p.id(),
                p.title(),
                l.school(),
                l.risks(),
                p.subject(),
                p.level().name(),
                p.indicator(),
                p.before(),
                p.after(),
                p.effect(),
                p.state().name(),
                p.problem(),
                p.solution());
    }
}
