package ru.opora.planning.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import ru.opora.identity.Permission;
import ru.opora.orgunits.Scope;
import ru.opora.planning.documents.Content;
import ru.opora.planning.documents.Document;
import ru.opora.planning.documents.DocumentAccess;
import ru.opora.planning.documents.DocumentRefused;
import ru.opora.planning.documents.PlanningSettings;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.shared.Formats;
import ru.opora.shared.NotFound;

/** The region assigns an expert; the expert reads the submitted version and scores it with remarks beside the text. */
@Component
class ReviewPages {

    /** A place of the document a remark may concern, with its text as the expert reads it. */
    record Place(String anchor, String label, String text) {}

    /** The review form; a refused one comes back with what the expert {@code entered}. */
    record Form(
            Reviews.Review review,
            Document doc,
            String school,
            List<Place> places,
            List<Criterion> criteria,
            List<String> problems,
            Map<String, String> entered) {}

    /** A completed review's document, or the form back as the expert wrote it when refused. */
    record Completion(UUID documentId, @Nullable Form refused) {}

    private final Reviews reviews;
    private final SchoolDocuments documents;
    private final DocumentAccess access;
    private final PlanningSettings settings;
    private final MessageSource messages;
    private final ru.opora.orgunits.OrgUnits orgUnits;

    ReviewPages(
            Reviews reviews,
            SchoolDocuments documents,
            DocumentAccess access,
            PlanningSettings settings,
            MessageSource messages,
            ru.opora.orgunits.OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
        this.reviews = reviews;
        this.documents = documents;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    /** Assigns an expert to a submitted document; returns why it was refused, or nothing. */
    List<String> assign(
            UUID id, String expert, @Nullable LocalDate due, Scope scope, Authentication who, Locale locale) {
        if (!DocumentAccess.has(who, Permission.PLAN_ASSIGN_EXPERT))
            throw new AccessDeniedException("the region assigns experts");
        access.readable(id, scope, who);
        try {
            reviews.assign(id, expert, due, who.getName());
            return List.of();
        } catch (DocumentRefused e) {
            return text(e.reasons(), locale);
        }
    }

    /** An expert's review with the name of the school whose document it is: an expert must tell whose is whose. */
    record Line(Reviews.Review review, String school) {}

    List<Line> mine(Authentication who) {
        var mine = reviews.of(who.getName());
        var schools = new java.util.HashMap<UUID, UUID>();
        for (var r : mine) documents.find(r.documentId()).ifPresent(d -> schools.put(r.id(), d.schoolId()));
        var names = new java.util.HashMap<UUID, String>();
        orgUnits.byIds(schools.values().stream().distinct().toList())
                .forEach(o -> names.put(o.id(), o.code() + " " + o.name()));
        return mine.stream()
                .map(r -> new Line(r, names.getOrDefault(schools.get(r.id()), "")))
                .toList();
    }

    Form form(UUID id, Authentication who, Locale locale) {
        return form(own(id, who), List.of(), Map.of(), locale);
    }

    Completion complete(UUID id, MultiValueMap<String, String> form, Authentication who, Locale locale) {
        var review = own(id, who);
        var scores = new ArrayList<Scoring.Score>();
        for (Criterion c : settings.criteria()) {
            String score = form.getFirst("score_" + c.code());
            if (score == null || score.isBlank()) continue;
            int points;
            try {
                points = Integer.parseInt(score.strip());
            } catch (NumberFormatException e) {
                points = -1; // out of every range: the scoring names it
            }
            scores.add(new Scoring.Score(c.code(), points, value(form, "comment_" + c.code())));
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
        if (problems.isEmpty()) return new Completion(review.documentId(), null);
        return new Completion(
                review.documentId(), form(review, text(problems, locale), form.toSingleValueMap(), locale));
    }

    private Form form(Reviews.Review review, List<String> problems, Map<String, String> entered, Locale locale) {
        var doc = documents.find(review.documentId()).orElseThrow();
        var version = documents.versions(doc.id()).stream()
                .filter(v -> v.number() == review.version())
                .findFirst()
                .orElseThrow();
        return new Form(
                review,
                doc,
                orgUnits.find(doc.schoolId())
                        .map(o -> o.code() + " " + o.name())
                        .orElse(""),
                places(version.content(), settings.template(doc.type()).sections(), locale),
                settings.criteria(),
                problems,
                entered);
    }

    private Reviews.Review own(UUID id, Authentication who) {
        return reviews.find(id)
                .filter(r -> r.expert().equalsIgnoreCase(who.getName()))
                .orElseThrow(NotFound::new);
    }

    private List<Place> places(Content content, List<String> sections, Locale locale) {
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
                    (m.due() == null ? "—" : Formats.date(m.due())) + ", " + m.responsible()));
        for (Content.Target t : content.indicators())
            places.add(new Place(
                    "indicator:" + t.id(),
                    messages.getMessage("planning.place.indicator", new Object[] {t.name()}, locale),
                    t.name() + ": " + Content.Target.format(t.baseline()) + " → " + Content.Target.format(t.target())
                            + " " + t.unit()));
        return places;
    }

    private List<String> text(List<String> codes, Locale locale) {
        return codes.stream().map(c -> messages.getMessage(c, null, locale)).toList();
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.strip();
    }
}
