package ru.opora.support.cohort;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** The support cohorts through the API: the region's cohorts, and one with its calendar and schools' progress. */
@RestController
@RequestMapping("/api/v1/support/cohorts")
@Tag(name = "Сопровождение", description = "Когорты, кураторы ШНОР и их визиты")
class CohortApi {

    /** A cohort with its calendar, how far each step is, and each school's marks (schools in the caller's scope). */
    record CohortView(
            Cohorts.Cohort cohort,
            List<Cohorts.Step> calendar,
            List<CohortPages.StepLine> steps,
            List<CohortPages.Row> schools) {}

    private final CohortPages pages;

    CohortApi(CohortPages pages) {
        this.pages = pages;
    }

    @GetMapping
    @Operation(summary = "Когорты сопровождения региона")
    List<Cohorts.Cohort> list(Scope scope) {
        return pages.list(scope).cohorts();
    }

    @GetMapping("/{year}")
    @Operation(summary = "Когорта года: календарь шагов, выполнение по шагам, школы и их отметки")
    CohortView one(@PathVariable int year, Scope scope, Locale locale) {
        var page = pages.page(year, scope, locale);
        return new CohortView(page.cohort(), page.calendar(), page.steps(), page.rows());
    }
}
