package ru.opora.assessments.analysis;

import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.Scope;

/** The results pages: the assessments with results, a region's or municipality's table of schools, a school's and a class's analysis. */
@Controller
class ResultsController {

    private final ResultsPage pages;

    ResultsController(ResultsPage pages) {
        this.pages = pages;
    }

    @GetMapping("/results")
    String index(Scope scope, Model model) {
        model.addAttribute("assessments", pages.assessments(scope));
        return "assessments/index";
    }

    @GetMapping("/results/{assessmentId}")
    String overview(
            @PathVariable UUID assessmentId,
            ResultsPage.OverviewParams params,
            Scope scope,
            Locale locale,
            Model model) {
        model.addAttribute("page", pages.overview(assessmentId, params, scope, locale));
        return "assessments/overview";
    }

    @GetMapping("/results/{assessmentId}/schools/{schoolId}")
    String school(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            @RequestParam(defaultValue = "ALL") OvzFilter ovz,
            Scope scope,
            Locale locale,
            Model model) {
        model.addAttribute("page", pages.school(assessmentId, schoolId, ovz, scope, locale));
        return "assessments/school";
    }

    @GetMapping("/results/{assessmentId}/schools/{schoolId}/classes/{classLabel}")
    String schoolClass(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            @PathVariable String classLabel,
            Scope scope,
            Locale locale,
            Model model) {
        model.addAttribute("page", pages.schoolClass(assessmentId, schoolId, classLabel, scope, locale));
        return "assessments/class";
    }
}
