package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.identification.ShnorRegister;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.Level;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.shared.Formats;

/**
 * The scope's schools × factors, with each school's ШНОР state and chosen risks, and how often each
 * factor occurs (at MEDIUM or HIGH) among ШНОР and among the other schools.
 */
@Component
class Heatmap {

    /** One school's row. */
    record Row(
            UUID schoolId,
            String code,
            String name,
            String municipality,
            @Nullable ShnorState shnor,
            List<Level> levels,
            List<Boolean> chosen) {

        public boolean isShnor() {
            return shnor != null && shnor != ShnorState.EXITED;
        }
    }

    /** How often a factor occurs in the two groups, in per cent of each group's schools with a profile. */
    record Frequency(String factorCode, int shnorCount, int shnorSchools, int otherCount, int otherSchools) {
        public double shnorShare() {
            return shnorSchools == 0 ? 0 : Formats.round(100.0 * shnorCount / shnorSchools, 1);
        }

        public double otherShare() {
            return otherSchools == 0 ? 0 : Formats.round(100.0 * otherCount / otherSchools, 1);
        }
    }

    private final Profiles profiles;
    private final SelfDiagnoses selfDiagnoses;
    private final OrgUnits orgUnits;
    private final ShnorRegister shnor;

    Heatmap(Profiles profiles, SelfDiagnoses selfDiagnoses, OrgUnits orgUnits, ShnorRegister shnor) {
        this.profiles = profiles;
        this.selfDiagnoses = selfDiagnoses;
        this.orgUnits = orgUnits;
        this.shnor = shnor;
    }

    List<Row> rows(Scope scope, int year, RiskCatalogue catalogue, boolean onlyShnor) {
        var levelsBySchool = new java.util.LinkedHashMap<UUID, Map<String, Level>>();
        for (var summary : profiles.summaries(scope, year)) levelsBySchool.put(summary.schoolId(), summary.levels());
        var states = shnor.states(scope);
        var diagnoses = selfDiagnoses.inScope(scope, year);
        var schools = new HashMap<UUID, OrgUnitRef>();
        // the scope's schools by their path, one range of the register's index: by id, each of a
        // region's hundreds of schools was a probe of its own into the country's key index (#22)
        for (OrgUnitRef r : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) schools.put(r.id(), r);
        var municipalities = new HashMap<UUID, String>();
        for (OrgUnitRef m : orgUnits.byIds(schools.values().stream()
                .map(OrgUnitRef::parentId)
                .filter(Objects::nonNull)
                .distinct()
                .toList())) municipalities.put(m.id(), m.name());
        var rows = new ArrayList<Row>();
        for (var s : levelsBySchool.entrySet()) {
            UUID schoolId = s.getKey();
            var school = schools.get(schoolId);
            if (school == null) continue;
            var chosen =
                    diagnoses.containsKey(schoolId) ? diagnoses.get(schoolId).selected() : List.<String>of();
            var levels = new ArrayList<Level>();
            var marks = new ArrayList<Boolean>();
            for (Factor f : catalogue.factors()) {
                levels.add(s.getValue().getOrDefault(f.code(), Level.NONE));
                marks.add(chosen.contains(f.code()));
            }
            var row = new Row(
                    schoolId,
                    school.code(),
                    school.name(),
                    school.parentId() == null ? "" : municipalities.getOrDefault(school.parentId(), ""),
                    states.get(schoolId),
                    levels,
                    marks);
            if (!onlyShnor || row.isShnor()) rows.add(row);
        }
        return rows;
    }

    static List<Frequency> frequencies(List<Row> rows, RiskCatalogue catalogue) {
        var result = new ArrayList<Frequency>();
        int shnorSchools = (int) rows.stream().filter(Row::isShnor).count();
        int otherSchools = rows.size() - shnorSchools;
        for (int f = 0; f < catalogue.factors().size(); f++) {
            int inShnor = 0;
            int inOther = 0;
            for (Row r : rows) {
                if (!r.levels().get(f).atMost(Level.MEDIUM) || r.levels().get(f) == Level.MEDIUM) {
                    if (r.isShnor()) inShnor++;
                    else inOther++;
                }
            }
            result.add(new Frequency(catalogue.factors().get(f).code(), inShnor, shnorSchools, inOther, otherSchools));
        }
        return result;
    }

    static Map<Level, String> colours() {
        return Map.of(Level.HIGH, "#c0392b", Level.MEDIUM, "#e67e22", Level.LOW, "#f1c40f", Level.NONE, "#dfe6e9");
    }
}
