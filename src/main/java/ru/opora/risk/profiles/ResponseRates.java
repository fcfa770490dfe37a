package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.shared.Formats;

/** How many of each school's expected respondents answered each questionnaire of a cohort. */
@Component
class ResponseRates {

    /** One kind's answers of a school. */
    record Rate(int respondents, @Nullable Integer expected, String source) {
        @Nullable
        public Double percent() {
            return expected == null || expected == 0 ? null : Formats.round(100.0 * respondents / expected, 1);
        }
    }

    /** One school's line: a rate per kind, absent when the school has no data of that kind. */
    record Line(OrgUnitRef school, Map<QuestionnaireKind, Rate> rates) {}

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    ResponseRates(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    List<Line> lines(Scope scope, int year) {
        var byKind = new HashMap<UUID, Map<QuestionnaireKind, Rate>>();
        if (!scope.isEmpty()) {
            jdbc.sql(
                            "select school_id, kind, respondents, expected, source from risk.response_summary where cohort_year = ? and "
                                    + scope.sqlCondition("school_path"))
                    .params(year)
                    .query(rs -> {
                        int expected = rs.getInt(4);
                        Integer e = rs.wasNull() ? null : expected;
                        byKind.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                                .put(
                                        QuestionnaireKind.valueOf(rs.getString(2)),
                                        new Rate(rs.getInt(3), e, rs.getString(5)));
                    });
        }
        var lines = new ArrayList<Line>();
        for (OrgUnitRef s : orgUnits.inScope(OrgUnitKind.SCHOOL, scope))
            lines.add(new Line(s, byKind.getOrDefault(s.id(), Map.of())));
        lines.sort(java.util.Comparator.comparing(l -> l.school().code()));
        return lines;
    }
}
