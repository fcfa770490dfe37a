package ru.opora.planning.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.identity.Permission;
import ru.opora.orgunits.Scope;
import ru.opora.planning.documents.Content;
import ru.opora.planning.documents.DocumentAccess;
import ru.opora.planning.documents.DocumentRefused;
import ru.opora.planning.documents.PlanningSettings;
import ru.opora.planning.documents.SchoolDocuments;

/** The region assigns an expert; the expert reads the submitted version and scores it with remarks beside the text. */
@Controller
class ReviewController {

    private final Reviews reviews;
    private final SchoolDocuments documents;
    private final DocumentAccess access;
    private final PlanningSettings settings;
    private final MessageSource messages;

    ReviewController(
            Reviews reviews,
            SchoolDocuments documents,
            DocumentAccess access,
            PlanningSettings settings,
            MessageSource messages) {
        this.reviews = reviews;
        this.documents = documents;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    /** A place of the document a remark may concern, with its text as the expert reads it. */
    public record Place(String anchor, String label, String text) {}

    @PostMapping("/planning/documents/{id}/expert")
    String assign(
            @PathVariable UUID id,
            @RequestParam String expert,
            @RequestParam(required = false) @Nullable LocalDate due,
            Scope scope,
            Authentication who,
            RedirectAttributes redirect) {
        if (!DocumentAccess.has(who, Permission.PLAN_ASSIGN_EXPERT))
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        access.readable(id, scope, who);
        try {
            reviews.assign(id, expert, due, who.getName());
            redirect.addFlashAttribute("done", "ASSIGN_EXPERT");
        } catch (DocumentRefused e) {
            redirect.addFlashAttribute("problems", text(e.reasons()));
        }
        return "redirect:/planning/documents/" + id;
    }

    @GetMapping("/planning/reviews")
    String mine(Authentication who, Model model) {
        model.addAttribute("reviews", reviews.of(who.getName()));
        return "planning/reviews";
    }

    @GetMapping("/planning/reviews/{id}")
    String form(@PathVariable UUID id, Authentication who, Model model) {
        var review = own(id, who);
        var doc = documents.find(review.documentId()).orElseThrow();
        var version = documents.versions(doc.id()).stream()
                .filter(v -> v.number() == review.version())
                .findFirst()
                .orElseThrow();
        model.addAttribute("review", review);
        model.addAttribute("doc", doc);
        model.addAttribute(
                "places",
                places(version.content(), settings.template(doc.type()).sections()));
        model.addAttribute("criteria", settings.criteria());
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        if (!model.containsAttribute("entered")) model.addAttribute("entered", java.util.Map.of());
        return "planning/review";
    }

    @PostMapping("/planning/reviews/{id}")
    String complete(
            @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Authentication who, Model model) {
        var review = own(id, who);
        var scores = new ArrayList<Scoring.Score>();
        for (Criterion c : settings.criteria()) {
            String score = form.getFirst("score_" + c.code());
            if (score == null || score.isBlank()) continue;
            try {
                scores.add(new Scoring.Score(
                        c.code(), Integer.parseInt(score.strip()), value(form, "comment_" + c.code())));
            } catch (NumberFormatException e) {
                scores.add(new Scoring.Score(c.code(), -1, value(form, "comment_" + c.code())));
            }
        }
        var remarks = new ArrayList<Reviews.Remark>();
        form.forEach((name, values) -> {
            if (name.startsWith("remark_")
                    && !values.isEmpty()
                    && !values.getFirst().isBlank())
                remarks.add(new Reviews.Remark(
                        name.substring("remark_".length()), values.getFirst().strip()));
        });
        Verdict verdict = null;
        for (Verdict v : Verdict.values()) if (v.name().equals(form.getFirst("verdict"))) verdict = v;
        var problems = reviews.complete(id, scores, remarks, value(form, "summary"), verdict, who.getName());
        if (problems.isEmpty()) return "redirect:/planning/reviews?done=" + review.documentId();
        model.addAttribute("problems", text(problems));
        model.addAttribute("entered", form.toSingleValueMap()); // a refused review comes back as the expert wrote it
        return form(id, who, model);
    }

    private Reviews.Review own(UUID id, Authentication who) {
        return reviews.find(id)
                .filter(r -> r.expert().equalsIgnoreCase(who.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<Place> places(Content content, List<String> sections) {
        Locale locale = LocaleContextHolder.getLocale();
        var places = new ArrayList<Place>();
        for (String s : sections)
            places.add(new Place(
                    "section:" + s, messages.getMessage("planning.section." + s, null, locale), content.section(s)));
        int n = 0;
        for (Content.Task t : content.tasks())
            places.add(new Place(
                    "task:" + t.id(),
                    messages.getMessage("planning.place.task", new Object[] {++n}, locale),
                    t.text()));
        for (Content.Measure m : content.measures())
            places.add(new Place(
                    "measure:" + m.id(),
                    messages.getMessage("planning.place.measure", new Object[] {m.title()}, locale),
                    (m.due() == null ? "—" : m.due().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                            + ", " + m.responsible()));
        for (Content.Target t : content.indicators())
            places.add(new Place(
                    "indicator:" + t.id(),
                    messages.getMessage("planning.place.indicator", new Object[] {t.name()}, locale),
                    t.name() + ": " + Content.Target.format(t.baseline()) + " → " + Content.Target.format(t.target())
                            + " " + t.unit()));
        return places;
    }

    private List<String> text(List<String> codes) {
        return codes.stream()
                .map(c -> messages.getMessage(c, null, LocaleContextHolder.getLocale()))
                .toList();
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.strip();
    }
}
