package ru.opora.planning.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.planning.MunicipalRoadmaps;

/** Rows suggested by other modules, written into the municipality's roadmap as its own rows. */
@Component
class MunicipalRoadmapRows implements MunicipalRoadmaps {

    private final SchoolDocuments documents;
    private final MessageSource messages;

    MunicipalRoadmapRows(SchoolDocuments documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @Override
    public Set<String> titles(UUID municipalityId, int year) {
        var titles = new HashSet<String>();
        roadmap(municipalityId, year).ifPresent(d -> d.content().measures().forEach(m -> titles.add(m.title())));
        return titles;
    }

    @Override
    @Transactional
    public Added add(OrgUnitRef municipality, int year, List<Row> rows, String actor, Locale locale) {
        var doc = roadmap(municipality.id(), year)
                .orElseGet(() -> documents.create(
                        municipality,
                        year,
                        DocumentType.MUNICIPAL_ROADMAP,
                        null,
                        messages.getMessage("planning.type.MUNICIPAL_ROADMAP", null, locale) + ": "
                                + municipality.name(),
                        actor));
        if (!doc.status().editable())
            throw new NotEditable(doc.id(), doc.status().name());
        var have = new HashSet<String>();
        doc.content().measures().forEach(m -> have.add(MunicipalRoadmaps.sameTitle(m.title())));
        var measures = new ArrayList<>(doc.content().measures());
        var added = new ArrayList<String>();
        var already = new ArrayList<String>();
        for (Row row : rows) {
            if (!have.add(MunicipalRoadmaps.sameTitle(row.title()))) {
                already.add(row.title());
                continue;
            }
            measures.add(new Content.Measure(
                    UUID.randomUUID().toString(),
                    null,
                    row.title(),
                    null,
                    within(row.due(), doc.periodFrom(), doc.periodTo()),
                    row.responsible(),
                    "",
                    row.expectedResult(),
                    row.evidenceForm(),
                    row.schools()));
            added.add(row.title());
        }
        if (!added.isEmpty()) {
            var c = doc.content();
            documents.save(
                    doc.edited(
                            "",
                            doc.periodFrom(),
                            doc.periodTo(),
                            new Content(c.sections(), c.tasks(), measures, c.indicators())),
                    doc.version(),
                    actor);
        }
        return new Added(doc.id(), added, already);
    }

    private Optional<Document> roadmap(UUID municipalityId, int year) {
        return documents.ofSchool(municipalityId, year).stream()
                .filter(d -> d.type() == DocumentType.MUNICIPAL_ROADMAP)
                .findFirst();
    }

    private static LocalDate within(LocalDate due, LocalDate from, LocalDate to) {
        return due.isBefore(from) ? from : due.isAfter(to) ? to : due;
    }
}
