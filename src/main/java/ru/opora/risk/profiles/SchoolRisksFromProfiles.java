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
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    SchoolRisksFromProfiles(
            Catalogues catalogues, SelfDiagnoses selfDiagnoses, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.catalogues = catalogues;
        this.selfDiagnoses = selfDiagnoses;
        this.jdbc = jdbc;
    }

    @Override
    public java.util.Map<UUID, java.util.Map<String, String>> levels(java.util.Collection<UUID> schools, int year) {
        var result = new java.util.HashMap<UUID, java.util.Map<String, String>>();
        if (schools.isEmpty()) return result;
        jdbc.sql("""
                        select school_id, e ->> 'factorCode', e ->> 'level' from risk.profile p, jsonb_array_elements(p.entries) e
                        where p.cohort_year = ? and p.is_current and p.school_id = any (?)""").params(year, schools.toArray(UUID[]::new)).query(rs -> {
            result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.HashMap<>())
                    .put(rs.getString(2), rs.getString(3));
        });
        return result;
    }

    @Override
    public java.util.Map<UUID, java.util.Set<String>> cycleSteps(java.util.Collection<UUID> schools, int year) {
        var result = new java.util.HashMap<UUID, java.util.Set<String>>();
        if (schools.isEmpty()) return result;
        var ids = schools.toArray(UUID[]::new);
        jdbc.sql("""
                        select school_id, 'QUESTIONNAIRES' from risk.response_summary
                            where cohort_year = ? and kind = 'DIRECTOR' and school_id = any (?)
                        union select school_id, 'PROFILES' from risk.profile
                            where cohort_year = ? and is_current and school_id = any (?)
                        union select school_id, 'SELF_DIAGNOSIS' from risk.self_diagnosis
                            where cohort_year = ? and school_id = any (?) and jsonb_path_exists(entries, '$[*] ? (@.selected == true)')""").params(year, ids, year, ids, year, ids).query(rs -> {
            result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.HashSet<>())
                    .add(rs.getString(2));
        });
        return result;
    }

    @Override
    public List<FactorInfo> factors(UUID regionId, int year) {
        return catalogues.inForce(regionId, year).factors().stream()
                .map(f -> new FactorInfo(f.code(), f.nameRu(), f.nameEn(), f.measures()))
                .toList();
    }

    @Override
    public java.util.Map<UUID, List<String>> chosen(java.util.Collection<UUID> schools, int year) {
        var result = new java.util.HashMap<UUID, List<String>>();
        if (schools.isEmpty()) return result;
        jdbc.sql("""
                        select d.school_id, e.value ->> 'factorCode'
                        from risk.self_diagnosis d, jsonb_array_elements(d.entries) with ordinality e
                        where d.cohort_year = ? and d.school_id = any (?) and (e.value ->> 'selected')::boolean
                        order by d.school_id, e.ordinality""").params(year, schools.toArray(UUID[]::new)).query(rs -> {
            result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                    .add(rs.getString(2));
        });
        return result;
    }

    @Override
    public List<String> chosen(UUID schoolId, int year) {
        return selfDiagnoses
                .find(schoolId, year)
                .map(SelfDiagnoses.SelfDiagnosis::selected)
                .orElse(List.of());
    }
}
