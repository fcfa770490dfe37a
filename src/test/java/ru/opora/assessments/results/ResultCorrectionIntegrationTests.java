package ru.opora.assessments.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.shared.importing.ImportReport;

/**
 * Correcting loaded results: a re-import names the schools it replaced, added and kept from
 * before; a withdrawal takes one school's results (or all of a scope's) away, with a reason, and
 * the municipality's and region's totals follow; a school outside the withdrawer's scope is refused
 * before anything changes.
 */
@SpringBootTest
@WithMockUser(username = "region", authorities = "RESULTS_IMPORT")
class ResultCorrectionIntegrationTests {

    private static final String HEADER = "Код ОО;Код;Класс;1;2;3;4;5.1;5.2;6.1;6.2;7;8;9.1;9.2;10;11;12\n";
    private static final String SCORES = ";4А;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2\n";

    @Autowired
    ResultImport imports;

    @Autowired
    ResultWithdrawal withdrawal;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    UUID math4;
    TestRegions.TestRegion test;
    OrgUnitRef a;
    OrgUnitRef b;
    OrgUnitRef c;

    @BeforeEach
    void setUp() throws Exception {
        math4 = catalogue.idOf(AssessmentKind.VPR, 2023, "MA", 4).orElseThrow();
        test = regions.create();
        a = test.schoolsOf(test.municipality(0)).get(0);
        b = test.schoolsOf(test.municipality(0)).get(1);
        c = test.schoolsOf(test.municipality(1)).get(0);
        var first = load(rows(a, 3) + rows(b, 2) + rows(c, 4));
        assertThat(first.changes().added()).hasSize(3);
        assertThat(regionParticipants()).isEqualTo(9);
    }

    @Test
    void aReimportNamesTheSchoolsItReplacedAddedAndKept() throws Exception {
        var again = load(rows(a, 5));
        assertThat(again.changes().replaced()).containsExactly(a.code() + " " + a.name());
        assertThat(again.changes().added()).isEmpty();
        assertThat(again.changes().kept())
                .containsExactlyInAnyOrder(b.code() + " " + b.name(), c.code() + " " + c.name());
        assertThat(again.report().tally()).isEqualTo(new ImportReport.Tally(0, 1, 2));
        assertThat(regionParticipants()).as("the kept schools still count").isEqualTo(5 + 2 + 4);
    }

    @Test
    void aMunicipalityWithdrawsItsSchoolsResultsWithAReasonAndTheTotalsFollow() {
        Scope municipality = Scope.of(test.municipality(0).path());
        var done = withdrawal.withdraw(math4, b.id(), "Файл загружен не той школой", municipality, "municipal");
        assertThat(done.schools()).isEqualTo(1);
        assertThat(done.works()).isEqualTo(2);
        assertThat(works(b)).isZero();
        assertThat(regionParticipants()).isEqualTo(3 + 4);
        assertThat(participants(test.municipality(0).id())).isEqualTo(3);
        assertThat(jdbc.sql(
                                "select after_state->>'reason' from identity.audit_event where action = 'WITHDRAW' and entity_id = ?")
                        .param(b.id() + "/" + math4)
                        .query(String.class)
                        .single())
                .isEqualTo("Файл загружен не той школой");

        assertThatThrownBy(() -> withdrawal.withdraw(math4, c.id(), "чужая школа", municipality, "municipal"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(works(c)).as("a school outside the scope keeps its results").isEqualTo(4);
        assertThatThrownBy(() -> withdrawal.withdraw(math4, a.id(), "  ", municipality, "municipal"))
                .isInstanceOf(ResultWithdrawal.ReasonMissing.class);
        assertThat(works(a)).isEqualTo(3);
    }

    @Test
    void theRegionWithdrawsAWholeAssessment() {
        var done = withdrawal.withdraw(math4, null, "Работа проведена с нарушением порядка", test.scope(), "region");
        assertThat(done.schools()).isEqualTo(3);
        assertThat(done.works()).isEqualTo(9);
        assertThat(jdbc.sql(
                                "select count(*) from assessments.result_aggregate where assessment_id = ? and org_path like ?")
                        .params(math4, test.path().likePattern())
                        .query(Long.class)
                        .single())
                .as("no figure of the region is left")
                .isZero();
    }

    private String rows(OrgUnitRef school, int n) {
        var out = new StringBuilder();
        for (int i = 1; i <= n; i++)
            out.append(school.code())
                    .append(';')
                    .append(school.code())
                    .append(i)
                    .append(SCORES);
        return out.toString();
    }

    private ResultImport.Outcome load(String rows) throws Exception {
        Path file = Files.createTempFile("results-", ".csv");
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        var outcome = imports.importFile(
                new ResultImport.Request(math4, "results.csv", file, test.scope(), null, "region", false));
        assertThat(outcome.problems()).isEmpty();
        return outcome;
    }

    private long works(OrgUnitRef school) {
        return jdbc.sql(
                        "select coalesce(sum(cardinality(codes)), 0) from assessments.work_block where assessment_id = ? and school_id = ?")
                .params(math4, school.id())
                .query(Long.class)
                .single();
    }

    private int regionParticipants() {
        return participants(test.region().id());
    }

    private int participants(UUID unit) {
        return jdbc.sql(
                        "select coalesce(sum(participants), 0) from assessments.result_aggregate where assessment_id = ?"
                                + " and org_unit_id = ? and class_label = ''")
                .params(math4, unit)
                .query(Integer.class)
                .single();
    }
}
