package ru.opora.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Difficulty;
import ru.opora.assessments.catalogue.Scale;
import ru.opora.assessments.results.ResultImport;
import ru.opora.orgunits.Scope;

/**
 * Two years of a small ВПР («Проверка выявления», grade 5) for fourteen schools of the first two
 * municipalities: the 2nd and 4th are weak (8 of 12 works «2»), the 5th's journal marks are all «2».
 */
@TestComponent
public class IdentificationFixtures {

    private final Catalogue catalogue;
    private final ResultImport imports;
    private final JdbcClient jdbc;

    IdentificationFixtures(Catalogue catalogue, ResultImport imports, JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.imports = imports;
        this.jdbc = jdbc;
    }

    /** Loads the results of {@code year − 1} and {@code year}, clears rule versions and the years' flags; returns the schools' codes. */
    public List<String> load(int year) throws Exception {
        jdbc.sql("delete from identification.rule_set").update();
        jdbc.sql("delete from identification.objectivity_flag where year between ? and ?")
                .params(year - 1, year)
                .update();
        String regionPath = jdbc.sql("select path from orgunits.org_unit where kind = 'REGION'")
                .query(String.class)
                .single();
        var codes = new ArrayList<String>();
        for (String municipality : List.of("3901", "3902"))
            codes.addAll(jdbc.sql(
                            "select code from orgunits.org_unit where kind = 'SCHOOL' and code like ? order by code limit 7")
                    .param(municipality + "%")
                    .query(String.class)
                    .list());
        for (int y : List.of(year - 1, year)) load(assessment(y), y, codes, regionPath, java.util.Set.of(1, 3));
        return codes;
    }

    /** One more year in which only the schools at the given indexes are weak. */
    public void loadYear(int year, java.util.Set<Integer> weak) throws Exception {
        String regionPath = jdbc.sql("select path from orgunits.org_unit where kind = 'REGION'")
                .query(String.class)
                .single();
        var codes = new ArrayList<String>();
        for (String municipality : List.of("3901", "3902"))
            codes.addAll(jdbc.sql(
                            "select code from orgunits.org_unit where kind = 'SCHOOL' and code like ? order by code limit 7")
                    .param(municipality + "%")
                    .query(String.class)
                    .list());
        load(assessment(year), year, codes, regionPath, weak);
    }

    private void load(
            UUID assessment, int year, List<String> codes, String regionPath, java.util.Set<Integer> weakSchools)
            throws Exception {
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
        var file = Files.createTempFile("identification-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "tester", null, List.of(new SimpleGrantedAuthority("RESULTS_IMPORT"))));
        try {
            var outcome = imports.importFile(new ResultImport.Request(
                    assessment,
                    year + ".csv",
                    file,
                    Scope.of(ru.opora.orgunits.OrgPath.parse(regionPath)),
                    null,
                    "tester",
                    false));
            assertThat(outcome.problems()).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UUID assessment(int year) {
        return catalogue.idOf(AssessmentKind.VPR, year, "IDN", 5).orElseGet(() -> {
            var tasks = new ArrayList<ru.opora.assessments.catalogue.Task>();
            int[] max = {1, 1, 2, 2};
            for (int i = 0; i < max.length; i++)
                tasks.add(new ru.opora.assessments.catalogue.Task(
                        i, String.valueOf(i + 1), max[i], null, null, i == 3 ? Difficulty.ADVANCED : Difficulty.BASIC));
            return catalogue.save(new Assessment(
                    UUID.randomUUID(),
                    AssessmentKind.VPR,
                    year,
                    "IDN",
                    "Проверка выявления",
                    5,
                    tasks,
                    Scale.of(2, 4, 5, 6)));
        });
    }
}
