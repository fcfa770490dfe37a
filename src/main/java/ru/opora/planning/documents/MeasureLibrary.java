package ru.opora.planning.documents;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.opora.risk.SchoolRisks;

/**
 * The measures the risk catalogue recommends for a document: for an anti-risk programme those of its
 * risk, for the other documents those of every risk the school chose. The editor offers them to
 * copy into the roadmap.
 */
@Component
class MeasureLibrary {

    private final SchoolRisks risks;

    MeasureLibrary(SchoolRisks risks) {
        this.risks = risks;
    }

    List<String> of(Document doc) {
        var chosen = doc.type() == DocumentType.ANTIRISK_PROGRAM
                ? List.of(doc.riskFactor())
                : risks.chosen(doc.schoolId(), doc.year());
        return risks.factors(doc.schoolPath().regionId(), doc.year()).stream()
                .filter(f -> chosen.contains(f.code()))
                .flatMap(f -> f.measures().stream())
                .toList();
    }
}
