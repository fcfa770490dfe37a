package ru.opora.risk.profiles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.AnswerType;
import ru.opora.risk.engine.Item;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** The cohort's questionnaires: items (edited by the region admin), the response rates, and the templates of uploads. */
@Controller
class QuestionnaireController {

    private final CohortYears cohorts;
    private final Questionnaires questionnaires;
    private final ResponseRates rates;
    private final Explanations explanations;

    QuestionnaireController(
            CohortYears cohorts, Questionnaires questionnaires, ResponseRates rates, Explanations explanations) {
        this.cohorts = cohorts;
        this.questionnaires = questionnaires;
        this.rates = rates;
        this.explanations = explanations;
    }

    @GetMapping("/risk/questionnaires")
    String list(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        var cohort = cohorts.of(scope, year);
        model.addAttribute("cohort", cohort);
        model.addAttribute("years", cohorts.choices(cohort));
        model.addAttribute("questionnaires", questionnaires.forCohort(cohort.regionId(), cohort.year()));
        model.addAttribute("lines", rates.lines(scope, cohort.year()));
        model.addAttribute("kinds", QuestionnaireKind.values());
        model.addAttribute("regionWide", scope.isRegionWide());
        return "risk/questionnaires";
    }

    @GetMapping("/risk/questionnaires/rates.xlsx")
    void exportRates(
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var cohort = cohorts.of(scope, year);
        var headers = new ArrayList<>(
                List.of(explanations.msg("school.code", locale), explanations.msg("results.school", locale)));
        for (QuestionnaireKind k : QuestionnaireKind.values()) {
            headers.add(explanations.msg("risk.kind." + k, locale) + ": "
                    + explanations.msg("risk.rates.respondents", locale));
            headers.add(explanations.msg("risk.kind." + k, locale) + ": %");
        }
        var rows = new ArrayList<List<?>>();
        for (ResponseRates.Line l : rates.lines(scope, cohort.year())) {
            var row = new ArrayList<Object>(
                    Arrays.asList(l.school().code(), l.school().name()));
            for (QuestionnaireKind k : QuestionnaireKind.values()) {
                var r = l.rates().get(k);
                row.add(r == null ? null : r.respondents());
                row.add(r == null ? null : r.percent());
            }
            rows.add(row);
        }
        XlsxTableWriter.download(
                response,
                "questionnaire-rates-" + cohort.year() + ".xlsx",
                new Table(explanations.msg("risk.rates", locale), headers, rows));
    }

    @GetMapping("/risk/questionnaires/{kind}")
    String items(
            @PathVariable QuestionnaireKind kind,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Model model) {
        var cohort = cohorts.of(scope, year);
        model.addAttribute("cohort", cohort);
        model.addAttribute("questionnaire", questionnaires.of(cohort.regionId(), cohort.year(), kind));
        model.addAttribute("types", AnswerType.values());
        model.addAttribute("explain", explanations);
        model.addAttribute("regionWide", scope.isRegionWide());
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "risk/questionnaire";
    }

    @PostMapping("/risk/questionnaires/{kind}")
    String saveItems(
            @PathVariable QuestionnaireKind kind,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Principal principal,
            RedirectAttributes redirect) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region edits questionnaires");
        var cohort = cohorts.of(scope, SelfDiagnosisController.integer(form.getFirst("year")));
        var items = new ArrayList<Item>();
        var problems = new ArrayList<String>();
        var codes = form.getOrDefault("item_code", List.of());
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).isBlank()) continue;
            items.add(new Item(
                    codes.get(i).strip(),
                    at(form, "item_text", i),
                    answerType(at(form, "item_type", i)),
                    number(at(form, "item_min", i), codes.get(i), problems),
                    number(at(form, "item_max", i), codes.get(i), problems),
                    options(at(form, "item_options", i))));
        }
        String back = "redirect:/risk/questionnaires/" + kind + "?year=" + cohort.year();
        try {
            if (problems.isEmpty()) {
                questionnaires.save(cohort, kind, String.valueOf(form.getFirst("title")), items, principal.getName());
                redirect.addFlashAttribute("saved", true);
                return back;
            }
        } catch (IllegalArgumentException e) {
            problems.addAll(List.of(String.valueOf(e.getMessage()).split("\n")));
        }
        redirect.addFlashAttribute("problems", problems);
        return back;
    }

    @GetMapping("/risk/questionnaires/{kind}/{file}-template.csv")
    void template(
            @PathVariable QuestionnaireKind kind,
            @PathVariable String file,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            HttpServletResponse response)
            throws IOException {
        var cohort = cohorts.of(scope, year);
        var q = questionnaires.of(cohort.regionId(), cohort.year(), kind);
        var headers = new ArrayList<String>();
        if ("responses".equals(file)) {
            headers.addAll(List.of(QuestionnaireImports.SCHOOL.header(), QuestionnaireImports.RESPONDENT.header()));
            for (Item i : q.items()) headers.add(i.code());
        } else {
            headers.addAll(List.of(
                    QuestionnaireImports.SCHOOL.header(),
                    QuestionnaireImports.RESPONDENTS.header(),
                    QuestionnaireImports.EXPECTED.header()));
            for (Item i : q.items()) headers.addAll(i.variables());
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + kind.name().toLowerCase(Locale.ROOT) + "-"
                        + ("responses".equals(file) ? "responses" : "aggregates") + "-template.csv\"");
        response.getOutputStream()
                .write(("\uFEFF" + String.join(";", headers) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A forged or empty type is read as a number, whose range is then checked like any other. */
    private static AnswerType answerType(String text) {
        for (AnswerType t : AnswerType.values()) if (t.name().equals(text)) return t;
        return AnswerType.NUMBER;
    }

    private static List<Item.Option> options(String text) {
        var result = new ArrayList<Item.Option>();
        for (String part : text.split(";")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            result.add(
                    eq < 0
                            ? new Item.Option(part.strip(), part.strip())
                            : new Item.Option(
                                    part.substring(0, eq).strip(),
                                    part.substring(eq + 1).strip()));
        }
        return result;
    }

    private static String at(MultiValueMap<String, String> form, String key, int i) {
        var values = form.getOrDefault(key, List.of());
        return i < values.size() ? values.get(i).strip() : "";
    }

    private static double number(String text, String code, List<String> problems) {
        if (text.isBlank()) return 0;
        try {
            return Double.parseDouble(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add("risk.item.error.range|" + code + "|");
            return 0;
        }
    }
}
