package ru.opora.identification.runs;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/** The objectivity flags of a year in the reader's scope, each named after its school and explained. */
@Component
class FlagsPage {

    /** A flag with its school (absent only if the school left the register) and its sentence. */
    record Line(ObjectivityFlags.Stored flag, @Nullable OrgUnitRef school, String text) {

        public String schoolName() {
            return school == null ? flag.schoolId().toString() : school.code() + " " + school.name();
        }
    }

    record Page(List<Integer> years, int year, List<Line> lines, boolean regionWide) {}

    private final ObjectivityFlags flags;
    private final OrgUnits orgUnits;
    private final Explanation explanation;

    FlagsPage(ObjectivityFlags flags, OrgUnits orgUnits, Explanation explanation) {
        this.flags = flags;
        this.orgUnits = orgUnits;
        this.explanation = explanation;
    }

    Page page(@Nullable Integer year, Scope scope, Locale locale) {
        var years = flags.years(scope);
        int chosen = year != null ? year : years.isEmpty() ? 0 : years.getFirst();
        var list = flags.list(scope, chosen);
        Map<UUID, OrgUnitRef> schools = new HashMap<>();
        for (OrgUnitRef r : orgUnits.byIds(
                list.stream().map(ObjectivityFlags.Stored::schoolId).toList())) schools.put(r.id(), r);
        var lines = list.stream()
                .map(f -> new Line(f, schools.get(f.schoolId()), explanation.flag(f.flag(), locale)))
                .toList();
        return new Page(years, chosen, lines, scope.isRegionWide());
    }
}
