package ru.opora.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.assessments.TestResults;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.register.TestRegions;

/**
 * A small ВПР («Проверка выявления», grade 5) for fourteen schools of two municipalities: in the default
 * pattern the 2nd and 4th are weak (8 of 12 works «2») and the 5th's journal marks are all «2».
 * The region's schools differ in context (settlement, size, adverse conditions, ОВЗ share), so that
 * the context model has something to fit.
 */
@Component
public class IdentificationFixtures {

    public static final Set<Integer> WEAK = Set.of(1, 3);

    private final TestRegions regions;
    private final TestResults results;

    IdentificationFixtures(TestRegions regions, TestResults results) {
        this.regions = regions;
        this.results = results;
    }

    /** Two municipalities of seven schools each; the 2nd and 4th schools are ordinary urban ones. */
    public TestRegions.TestRegion region() {
        return regions.create(2, 7, (index, spec) -> {
            if (WEAK.contains(index)) return spec;
            var varied = index % 3 == 0 ? spec.rural(60 + index * 7) : spec;
            if (index % 4 == 2) varied = varied.inAdverseConditions();
            if (index == 6) varied = varied.withKind(SchoolKind.GYMNASIUM);
            return varied;
        });
    }

    /** The assessment of the year. */
    public UUID assessment(int year) {
        return results.vpr("IDN", "Проверка выявления", year, 5);
    }

    /** Loads the results of {@code year − 1} and {@code year} with the default weak schools; returns the codes. */
    public List<String> load(TestRegions.TestRegion region, int year) {
        var codes = codes(region.schools());
        for (int y : List.of(year - 1, year)) load(region.scope(), codes, y, WEAK);
        return codes;
    }

    /** One more year of the region's schools in which only the schools at the given indexes are weak. */
    public void loadYear(TestRegions.TestRegion region, int year, Set<Integer> weak) {
        load(region.scope(), codes(region.schools()), year, weak);
    }

    /** The same pattern for schools of any region (a journey's demo region). */
    public void load(Scope scope, List<String> codes, int year, Set<Integer> weakSchools) {
        var csv = new StringBuilder("Код ОО;Код;Класс;1;2;3;4;Отметка за предыдущий период\n");
        for (int s = 0; s < codes.size(); s++) {
            boolean weak = weakSchools.contains(s);
            for (int p = 0; p < 12; p++) {
                String scores = weak
                        ? (p < 8 ? "0;1;0;0" : "1;1;1;1")
                        : (p == 0 ? "1;0;0;0" : p % 3 == 0 ? "1;1;2;1" : "1;0;1;1");
                String journal = s == 4 ? "2" : "5";
                csv.append(codes.get(s))
                        .append(';')
                        .append(p + 1)
                        .append(";5А;")
                        .append(scores)
                        .append(';')
                        .append(journal)
                        .append('\n');
            }
        }
        results.load(assessment(year), scope, csv.toString());
    }

    private static List<String> codes(List<OrgUnitRef> schools) {
        var codes = new ArrayList<String>();
        for (OrgUnitRef s : schools) codes.add(s.code());
        return codes;
    }
}
