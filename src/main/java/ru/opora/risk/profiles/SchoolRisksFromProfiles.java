package ru.opora.risk.profiles;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.risk.SchoolRisks;

/** Answers {@link SchoolRisks} from the cohort's catalogue and the school's self-diagnosis. */
@Component
class SchoolRisksFromProfiles implements SchoolRisks {

    private final Catalogues catalogues;
    private final SelfDiagnoses selfDiagnoses;

    SchoolRisksFromProfiles(Catalogues catalogues, SelfDiagnoses selfDiagnoses) {
        this.catalogues = catalogues;
        this.selfDiagnoses = selfDiagnoses;
    }

    @Override
    public List<FactorInfo> factors(UUID regionId, int year) {
        return catalogues.current(regionId, year).catalogue().factors().stream()
                .map(f -> new FactorInfo(f.code(), f.nameRu(), f.nameEn(), f.measures()))
                .toList();
    }

    @Override
    public List<String> chosen(UUID schoolId, int year) {
        return selfDiagnoses
                .find(schoolId, year)
                .map(SelfDiagnoses.SelfDiagnosis::selected)
                .orElse(List.of());
    }
}
