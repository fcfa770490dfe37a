package ru.opora.planning.documents;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.risk.SchoolRisks;
import ru.opora.support.CycleProgress;

/**
 * The steps of §8.1 the documents show: the concept, the mid-term programme and the roadmap approved
 * (a version in force), an approved anti-risk programme for every chosen risk, and implementation
 * started (a document in implementation).
 */
@Component
class PlanningCycleProgress implements CycleProgress {

    private final JdbcClient jdbc;
    private final SchoolRisks risks;

    PlanningCycleProgress(JdbcClient jdbc, SchoolRisks risks) {
        this.jdbc = jdbc;
        this.risks = risks;
    }

    @Override
    public Map<UUID, Set<String>> done(Collection<UUID> schools, int year) {
        var result = new HashMap<UUID, Set<String>>();
        if (schools.isEmpty()) return result;
        var approvedRisks = new HashMap<UUID, Set<String>>();
        jdbc.sql("""
                        select school_id, type, risk_factor, approved_number is not null, status from planning.document
                        where cohort_year = ? and school_id = any (?)""").params(year, schools.toArray(UUID[]::new)).query(rs -> {
            UUID school = rs.getObject(1, UUID.class);
            String type = rs.getString(2);
            boolean approved = rs.getBoolean(4);
            var steps = result.computeIfAbsent(school, k -> new HashSet<>());
            if ("IN_IMPLEMENTATION".equals(rs.getString(5)) || "COMPLETED".equals(rs.getString(5)))
                steps.add("IMPLEMENTATION");
            if (!approved) return;
            switch (type) {
                case "CONCEPT" -> steps.add("CONCEPT");
                case "MIDTERM_PROGRAM" -> steps.add("MIDTERM");
                case "ROADMAP" -> steps.add("ROADMAP");
                default ->
                    approvedRisks.computeIfAbsent(school, k -> new HashSet<>()).add(rs.getString(3));
            }
        });
        var chosenBySchool = risks.chosen(approvedRisks.keySet(), year);
        approvedRisks.forEach((school, approved) -> {
            var chosen = chosenBySchool.getOrDefault(school, java.util.List.of());
            if (!chosen.isEmpty() && approved.containsAll(chosen))
                result.get(school).add("ANTIRISK");
        });
        return result;
    }
}
