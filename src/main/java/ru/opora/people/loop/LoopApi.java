package ru.opora.people.loop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;
import ru.opora.people.courses.TrainingShares;

/** The loop, the M4 shares and a teacher's card through the API, in the caller's scope and by the pages' name rule. */
@RestController
@Tag(name = "Педагоги")
class LoopApi {

    /** A school's loop: the year of the weak result (the next one is re-measured) and its weak skills. */
    record SchoolLoopView(UUID schoolId, String school, int year, List<LoopLine> skills) {}

    /** The M4 figures of a year, per school, municipality, subject and skill. */
    record TrainingView(
            int year,
            TrainingShares.Split total,
            List<LoopPages.SchoolShare> schools,
            List<LoopPages.MunicipalityShare> municipalities,
            java.util.Map<String, TrainingShares.Split> bySkill,
            java.util.Map<String, TrainingShares.Split> bySubject) {}

    private final LoopPages pages;
    private final TeacherCard cards;

    LoopApi(LoopPages pages, TeacherCard cards) {
        this.pages = pages;
        this.cards = cards;
    }

    @GetMapping("/api/v1/people/schools/{id}/loop")
    @Operation(summary = "Цикл школы: слабые умения ВПР → учителя → дефициты → КПК → те же умения на следующей ВПР")
    SchoolLoopView school(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who) {
        var page = pages.school(id, year, scope, who);
        return new SchoolLoopView(page.school().id(), page.school().name(), page.year(), page.lines());
    }

    @GetMapping("/api/v1/people/loop")
    @Operation(summary = "Цикл по школам области видимости")
    List<LoopOverview.SchoolLine> overview(@RequestParam(required = false) @Nullable Integer year, Scope scope) {
        return pages.overview(scope, year).schools();
    }

    @GetMapping("/api/v1/people/training")
    @Operation(summary = "Доля педагогов, обученных по выявленным дефицитам (М4): ШНОР и другие школы")
    TrainingView training(@RequestParam(required = false) @Nullable Integer year, Scope scope) {
        var page = pages.training(scope, year);
        return new TrainingView(
                page.year(),
                page.figures().total(),
                page.schools(),
                page.municipalities(),
                page.figures().bySkill(),
                page.figures().bySubject());
    }

    @GetMapping("/api/v1/people/teachers/{id}")
    @Operation(summary = "Карточка педагога: классы, диагностика по умениям, курсы и рекомендуемые курсы с причиной")
    TeacherCard.Card teacher(@PathVariable UUID id, Scope scope, Authentication who, Locale locale) {
        return cards.of(id, scope, who, locale);
    }
}
