package ru.opora.planning.documents;

import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.SchoolRisks;
import ru.opora.shared.NotFound;

/**
 * The plans of a cohort year: every document in the reader's scope, a school's plan (its chosen
 * risks, documents and what the plan checker finds missing) and a municipality's roadmap, and the
 * creation of a document where there is none yet.
 */
@Component
class PlanPages {

    /** Every document in scope; {@code names} names their schools by id. */
    record Overview(
            int year,
            List<Document> docs,
            Map<UUID, String> names,
            List<OrgUnitRef> schools,
            List<OrgUnitRef> municipalities) {}

    /** The view of one chosen risk: its factor and its programme, if written. */
    record RiskLine(SchoolRisks.FactorInfo factor, @Nullable Document programme) {}

    record SchoolPlan(
            OrgUnitRef school,
            int year,
            List<Document> documents,
            List<RiskLine> risks,
            List<Gap> schoolGaps,
            List<DocumentType> missingTypes,
            boolean canEdit,
            List<PupilLine> pupilProgrammes) {}

    /** A category of pupils at risk and the school's programme of work with it, if written. */
    record PupilLine(String category, @Nullable Document programme) {}

    /** The document a school asks to write: its type and, for an anti-risk programme, its risk. */
    record NewDocument(
            int year, DocumentType type, @Nullable String risk) {}

    record MunicipalPlan(
            OrgUnitRef municipality, int year, @Nullable Document roadmap, boolean canEdit) {}

    /** A school's own list has at most this many schools to pick from; a larger scope picks by municipality. */
    private static final int MOST_SCHOOLS_LISTED = 60;

    private final SchoolDocuments documents;
    private final OrgUnits orgUnits;
    private final SchoolRisks risks;
    private final MessageSource messages;
    private final Clock clock;

    PlanPages(SchoolDocuments documents, OrgUnits orgUnits, SchoolRisks risks, MessageSource messages, Clock clock) {
        this.documents = documents;
        this.orgUnits = orgUnits;
        this.risks = risks;
        this.messages = messages;
        this.clock = clock;
    }

    int year(@Nullable Integer year) {
        return year == null ? Year.now(clock).getValue() : year;
    }

    /** The one school whose staff edit plans goes straight to its plan. */
    Optional<OrgUnitRef> ownSchool(Scope scope, Authentication who) {
        var schools = orgUnits.inScope(OrgUnitKind.SCHOOL, scope);
        return schools.size() == 1 && DocumentAccess.has(who, Permission.PLAN_EDIT)
                ? Optional.of(schools.getFirst())
                : Optional.empty();
    }

    Overview overview(@Nullable Integer year, Scope scope) {
        int cohort = year(year);
        var schools = orgUnits.inScope(OrgUnitKind.SCHOOL, scope);
        var docs = documents.inScope(scope, cohort);
        Map<UUID, String> names = new HashMap<>();
        for (OrgUnitRef s :
                orgUnits.byIds(docs.stream().map(Document::schoolId).distinct().toList()))
            names.put(s.id(), s.code() + " " + s.name());
        return new Overview(
                cohort,
                docs,
                names,
                schools.size() <= MOST_SCHOOLS_LISTED ? schools : List.of(),
                orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope));
    }

    SchoolPlan school(UUID id, @Nullable Integer year, Scope scope, Authentication who) {
        if (!DocumentAccess.has(who, Permission.PLAN_VIEW)) throw new AccessDeniedException("no plans to view");
        var school = school(id, scope);
        int cohort = year(year);
        var docs = documents.ofSchool(id, cohort);
        var chosen = risks.chosen(id, cohort);
        var factors = risks.factors(school.path().regionId(), cohort);
        var lines = chosen.stream()
                .map(code -> new RiskLine(
                        factors.stream()
                                .filter(f -> f.code().equals(code))
                                .findFirst()
                                .orElse(new SchoolRisks.FactorInfo(code, code, code, List.of())),
                        docs.stream()
                                .filter(d -> d.type() == DocumentType.ANTIRISK_PROGRAM && code.equals(d.riskFactor()))
                                .findFirst()
                                .orElse(null)))
                .toList();
        var withProgramme = new HashSet<String>();
        docs.forEach(d -> {
            if (d.type() == DocumentType.ANTIRISK_PROGRAM) withProgramme.add(d.riskFactor());
        });
        var pupils = DocumentType.PUPIL_CATEGORIES.stream()
                .map(c -> new PupilLine(
                        c,
                        docs.stream()
                                .filter(d -> d.type() == DocumentType.PUPIL_PROGRAM && c.equals(d.riskFactor()))
                                .findFirst()
                                .orElse(null)))
                .toList();
        return new SchoolPlan(
                school,
                cohort,
                docs.stream().filter(d -> d.riskFactor() == null).toList(),
                lines,
                named(PlanChecker.checkSchool(chosen, withProgramme), factors),
                missingTypes(docs),
                DocumentAccess.has(who, Permission.PLAN_EDIT),
                pupils);
    }

    /** The gaps with each risk named as the catalogue names it: a code is not for people. */
    private static List<Gap> named(List<Gap> gaps, List<SchoolRisks.FactorInfo> factors) {
        return gaps.stream()
                .map(g -> g.code().equals("riskWithoutProgramme")
                        ? Gap.of(
                                g.code(),
                                g.anchor(),
                                factors.stream()
                                        .filter(f -> f.code().equals(g.args().getFirst()))
                                        .map(f -> "«" + f.nameRu() + "»")
                                        .findFirst()
                                        .orElse(g.args().getFirst()))
                        : g)
                .toList();
    }

    /**
     * The school's document of a type (an anti-risk programme: of one of its chosen risks), created
     * when there is none; returns its id.
     */
    UUID schoolDocument(UUID id, NewDocument asked, Scope scope, Authentication who, Locale locale) {
        int year = asked.year();
        DocumentType type = asked.type();
        String risk = asked.risk();
        if (!DocumentAccess.has(who, Permission.PLAN_EDIT) || type.municipal())
            throw new AccessDeniedException("the school writes its own documents");
        var school = school(id, scope);
        var existing = documents.ofSchool(id, year).stream()
                .filter(d -> d.type() == type && Objects.equals(d.riskFactor(), risk))
                .findFirst();
        if (existing.isPresent()) return existing.get().id();
        String title = messages.getMessage("planning.type." + type, null, locale);
        if (type == DocumentType.ANTIRISK_PROGRAM) {
            if (risk == null || !risks.chosen(id, year).contains(risk))
                throw new IllegalArgumentException("not a chosen risk: " + risk);
            title = risks.factors(school.path().regionId(), year).stream()
                    .filter(f -> f.code().equals(risk))
                    .findFirst()
                    .map(SchoolRisks.FactorInfo::nameRu)
                    .orElse(risk);
        }
        if (type == DocumentType.PUPIL_PROGRAM) {
            if (risk == null || !DocumentType.PUPIL_CATEGORIES.contains(risk))
                throw new IllegalArgumentException("not a category of pupils at risk: " + risk);
            title = messages.getMessage(
                    "planning.pupilProgramme.title",
                    new Object[] {messages.getMessage("planning.pupilCategory." + risk, null, locale)},
                    locale);
        }
        return documents.create(school, year, type, risk, title, who.getName()).id();
    }

    MunicipalPlan municipality(UUID id, @Nullable Integer year, Scope scope, Authentication who) {
        var municipality = municipality(id, scope);
        int cohort = year(year);
        return new MunicipalPlan(
                municipality,
                cohort,
                roadmap(id, cohort).orElse(null),
                DocumentAccess.has(who, Permission.MUNICIPAL_PLAN_EDIT));
    }

    /** The municipality's roadmap of the year, created when there is none; returns its id. */
    UUID roadmap(UUID id, int year, Scope scope, Authentication who, Locale locale) {
        if (!DocumentAccess.has(who, Permission.MUNICIPAL_PLAN_EDIT))
            throw new AccessDeniedException("the municipality writes its roadmap");
        var municipality = municipality(id, scope);
        var existing = roadmap(id, year);
        if (existing.isPresent()) return existing.get().id();
        String title =
                messages.getMessage("planning.type.MUNICIPAL_ROADMAP", null, locale) + ": " + municipality.name();
        return documents
                .create(municipality, year, DocumentType.MUNICIPAL_ROADMAP, null, title, who.getName())
                .id();
    }

    private Optional<Document> roadmap(UUID municipality, int year) {
        return documents.ofSchool(municipality, year).stream()
                .filter(d -> d.type() == DocumentType.MUNICIPAL_ROADMAP)
                .findFirst();
    }

    private static List<DocumentType> missingTypes(List<Document> docs) {
        return Arrays.stream(DocumentType.values())
                .filter(t -> !t.keyed() && !t.municipal())
                .filter(t -> docs.stream().noneMatch(d -> d.type() == t))
                .toList();
    }

    private OrgUnitRef school(UUID id, Scope scope) {
        return orgUnits.school(id, scope).orElseThrow(NotFound::new);
    }

    private OrgUnitRef municipality(UUID id, Scope scope) {
        return orgUnits.find(id)
                .filter(m -> m.kind() == OrgUnitKind.MUNICIPALITY && scope.permits(m.path()))
                .orElseThrow(NotFound::new);
    }
}
