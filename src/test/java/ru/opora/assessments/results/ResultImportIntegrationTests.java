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
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.shared.importing.ImportProblem;

/** Results import on the embedded PostgreSQL, starting from the real «Протокол» form schools fill. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "region", authorities = "RESULTS_IMPORT")
class ResultImportIntegrationTests {

    static final Path FORM = Path.of("src/test/resources/formats/vpr-protocol-form-sample.xlsx");

    @Autowired
    ResultImport imports;

    @Autowired
    ColumnMappings mappings;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    UUID math4;
    UUID school;
    String schoolCode;
    Scope region;
    TestRegions.TestRegion test;

    @BeforeEach
    void setUp() {
        math4 = catalogue.idOf(AssessmentKind.VPR, 2023, "MA", 4).orElseThrow();
        test = regions.create();
        region = test.scope();
        school = test.school(4).id();
        schoolCode = test.school(4).code();
    }

    private ResultImport.Outcome run(String name, Path file, boolean dryRun) {
        return imports.importFile(new ResultImport.Request(math4, name, file, region, school, "region", dryRun));
    }

    private long works() {
        return jdbc.sql("select count(*) from assessments.participant_result where school_id = ? and assessment_id = ?")
                .params(school, math4)
                .query(Long.class)
                .single();
    }

    private Path csv(String content) throws Exception {
        Path file = Files.createTempFile("results-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importsTheProtocolFormOnceItsCriterionColumnIsMapped() {
        var first = run("protocol.xlsx", FORM, false);
        assertThat(first.committed()).isFalse();
        assertThat(first.problems()).extracting(ImportProblem::code).containsExactly("ASM-E002", "ASM-E004");
        assertThat(first.problems().getFirst().column()).isEqualTo("11.3 k1 (2б)");

        mappings.save(math4, region, "11.3 k1", "11", "region");
        var second = run("protocol.xlsx", FORM, false);
        assertThat(second.problems()).isEmpty();
        assertThat(second.committed()).isTrue();
        assertThat(second.works()).isEqualTo(18); // the form: 18 participants, 2 marked «отсутствовал»
        assertThat(second.absent()).isEqualTo(2);
        assertThat(works()).isEqualTo(18);
        // participant 40001 scored 20 of 20 («Итого баллов» 20): recomputed, not read
        assertThat(jdbc.sql(
                                "select primary_score || '/' || mark || '/' || journal_mark || '/' || gender from assessments.participant_result where school_id = ? and participant_code = '40001'")
                        .param(school)
                        .query(String.class)
                        .single())
                .isEqualTo("20/5/5/м");

        long rolledUp = jdbc.sql("""
                        select sum(participants) from assessments.result_aggregate
                        where assessment_id = ? and org_unit_id = ? and class_label = ''""")
                .params(math4, test.region().id())
                .query(Long.class)
                .single();
        long municipality = jdbc.sql("""
                        select sum(participants) from assessments.result_aggregate
                        where assessment_id = ? and org_unit_id = ? and class_label = ''""")
                .params(math4, test.municipality(1).id())
                .query(Long.class)
                .single();
        assertThat(rolledUp).isEqualTo(municipality).isEqualTo(18);

        var again = run("protocol.xlsx", FORM, false);
        assertThat(again.committed()).isTrue();
        assertThat(works()).isEqualTo(second.works());
        assertThat(jdbc.sql(
                                "select action from identity.audit_event where entity_type = 'RESULTS' and entity_id = ? order by id desc limit 1")
                        .param(school + "/" + math4)
                        .query(String.class)
                        .single())
                .isEqualTo("UPDATE");
    }

    @Test
    void refusesABadFileRowByRowAndWritesNothing() throws Exception {
        long before = works();
        String header =
                "Код;Класс;Вариант;1 (1б);2 (1б);3 (2б);4 (1б);5.1 (1б);5.2 (1б);6.1 (1б);6.2 (1б);7 (1б);8 (2б);9.1 (1б);9.2 (1б);10 (2б);11 (2б);12 (2б);Отметка за предыдущий период\n";
        var outcome = run(
                "bad.csv",
                csv(header
                        + "50001;4А;1;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2;5\n"
                        + "50002;4А;1;1;1;3;1;1;1;1;1;1;2;1;1;2;2;2;5\n"
                        + "50003;4А;1;1;один;2;1;1;1;1;1;1;2;1;1;2;2;2;5\n"
                        + "50001;4А;1;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2;9\n"),
                false);
        assertThat(outcome.committed()).isFalse();
        assertThat(outcome.problems())
                .extracting(ImportProblem::code, ImportProblem::row)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ASM-E005", 3),
                        org.assertj.core.groups.Tuple.tuple("ASM-E006", 4),
                        org.assertj.core.groups.Tuple.tuple("ASM-E011", 5));
        assertThat(works()).isEqualTo(before);

        var duplicate = run(
                "dup.csv",
                csv(header + "60001;4Б;1;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2;\n60001;4Б;1;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;\n"),
                true);
        assertThat(duplicate.problems()).extracting(ImportProblem::code).containsExactly("ASM-E007");
        var unknownTask = run(
                "task.csv",
                csv(header.replace("12 (2б)", "13 (2б)") + "1;4А;1;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2;\n"),
                true);
        assertThat(unknownTask.problems()).extracting(ImportProblem::code).contains("ASM-E002", "ASM-E004");
        var wrongMax = run(
                "max.csv", csv(header.replace("3 (2б)", "3 (3б)") + "1;4А;1;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2;\n"), true);
        assertThat(wrongMax.problems()).extracting(ImportProblem::code).containsExactly("ASM-E003");
        var empty = run("empty.csv", csv(header), true);
        assertThat(empty.problems()).extracting(ImportProblem::code).containsExactly("HDR-E003");
        var truncated = run("cut.xlsx", csv("PK\u0003\u0004 truncated"), true);
        assertThat(truncated.problems()).extracting(ImportProblem::code).containsExactly("FILE-E003");
    }

    /**
     * Blocks go to PostgreSQL in its binary COPY format: a code in Cyrillic, with a quote, a comma or
     * a brace, a class label in Cyrillic and every score and fact come back from the table as read.
     */
    @Test
    void storesEachWorkAsItWasReadWhateverItsCodeHolds() throws Exception {
        String header =
                "Код;Класс;Вариант;1 (1б);2 (1б);3 (2б);4 (1б);5.1 (1б);5.2 (1б);6.1 (1б);6.2 (1б);7 (1б);8 (2б);9.1 (1б);9.2 (1б);10 (2б);11 (2б);12 (2б);Отметка за предыдущий период;Пол;ОВЗ\n";
        var outcome = run(
                "codes.csv",
                csv(header
                        + "Ж-001;4 б;2;1;0;2;x;1;1;1;1;1;2;1;1;2;2;0;4;ж;да\n"
                        + "\"a\"\"b,{c}\";4Б;1;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;;м;нет\n"
                        + "NULL;4Б;17;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2;5;;\n"),
                false);
        assertThat(outcome.problems()).isEmpty();
        assertThat(jdbc.sql("""
                        select class_label || ' ' || participant_code || ' v' || variant || ' ' || primary_score || '/' || mark
                               || ' j' || coalesce(journal_mark::text, '-') || ' ' || coalesce(gender, '-') || ' ' || ovz
                          from assessments.participant_result where school_id = ? and assessment_id = ?
                         order by class_label, participant_code""").params(school, math4).query(String.class).list())
                .containsExactlyInAnyOrder(
                        "4Б a\"b,{c} v1 0/2 j- м false", "4Б NULL v17 20/5 j5 - false", "4Б Ж-001 v2 16/5 j4 ж true");
        assertThat(jdbc.sql("""
                        select encode(scores, 'hex') from assessments.work_block
                         where school_id = ? and assessment_id = ? and 'Ж-001' = any(codes)""").params(school, math4).query(String.class).single())
                .startsWith("010002ff01010101010201010202");
    }

    /**
     * An import sums its parents from the school rows it has just written (kept in memory) and the
     * rows of the other schools (read back): a neighbour's earlier results stay in the municipality's
     * and the region's totals, and a school imported again counts once.
     */
    @Test
    void sumsTheMunicipalityFromThisImportsSchoolsAndTheOthersEarlierResults() throws Exception {
        String header = "Код;Класс;1 (1б);2 (1б);3 (2б);4 (1б);5.1 (1б);5.2 (1б);6.1 (1б);6.2 (1б);7 (1б);8 (2б);"
                + "9.1 (1б);9.2 (1б);10 (2б);11 (2б);12 (2б)\n";
        String row = ";4А;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2\n";
        UUID neighbour = test.school(5).id();
        var first = imports.importFile(new ResultImport.Request(
                math4, "n.csv", csv(header + "n1" + row + "n2" + row), region, neighbour, "region", false));
        assertThat(first.committed()).isTrue();
        assertThat(run("a.csv", csv(header + "a1" + row + "a2" + row + "a3" + row), false)
                        .committed())
                .isTrue();
        assertThat(participants(test.municipality(1).id())).isEqualTo(5);
        assertThat(participants(test.region().id())).isEqualTo(5);

        assertThat(run("b.csv", csv(header + "b1" + row), false).committed()).isTrue();
        assertThat(participants(test.municipality(1).id())).isEqualTo(3);
        assertThat(participants(test.region().id())).isEqualTo(3);
        assertThat(participants(test.municipality(0).id())).isZero();
    }

    private long participants(UUID orgUnit) {
        return jdbc.sql("""
                        select coalesce(sum(participants), 0) from assessments.result_aggregate
                        where assessment_id = ? and org_unit_id = ? and class_label = ''""").params(math4, orgUnit).query(Long.class).single();
    }

    @Autowired
    Aggregates aggregates;

    @Test
    void writesClassesOverSeveralBatchesAndRollsBackEveryBatchOfALaterBadRow() throws Exception {
        String header =
                "Код;Класс;1 (1б);2 (1б);3 (2б);4 (1б);5.1 (1б);5.2 (1б);6.1 (1б);6.2 (1б);7 (1б);8 (2б);9.1 (1б);9.2 (1б);10 (2б);11 (2б);12 (2б);ОВЗ\n";
        String good = ";1;1;2;1;1;1;1;1;1;2;1;1;2;2;2;";
        var rows = new StringBuilder(header);
        // two classes interleaved, three works per batch: each class ends up in several blocks
        for (int i = 1; i <= 8; i++)
            rows.append(70000 + i)
                    .append(i % 2 == 0 ? ";4В" : ";4Г")
                    .append(good)
                    .append(i == 8 ? "да" : "нет")
                    .append('\n');
        imports.batchWorks(3);
        try {
            var outcome = run("batches.csv", csv(rows.toString()), false);
            assertThat(outcome.committed()).isTrue();
            assertThat(jdbc.sql("select count(*) from assessments.work_block where school_id = ? and assessment_id = ?")
                            .params(school, math4)
                            .query(Long.class)
                            .single())
                    .isGreaterThan(2);
            var classes = aggregates.classes(catalogue.find(math4).orElseThrow(), school, new boolean[] {true, true});
            assertThat(classes.get("4В").participants()).isEqualTo(4);
            assertThat(classes.get("4Г").participants()).isEqualTo(4);
            assertThat(aggregates
                            .classes(catalogue.find(math4).orElseThrow(), school, new boolean[] {false, true})
                            .get("4В")
                            .participants())
                    .isEqualTo(1);
            assertThat(works()).isEqualTo(8);

            // the bad score comes after two batches have been written: they are rolled back too
            var bad = run("bad-late.csv", csv(rows.toString().replace("70007;4Г;1;1;2", "70007;4Г;1;1;7")), false);
            assertThat(bad.problems()).extracting(ImportProblem::code).containsExactly("ASM-E005");
            assertThat(works()).isEqualTo(8);
            assertThat(jdbc.sql(
                                    "select count(distinct import_number) from assessments.work_block where school_id = ? and assessment_id = ?")
                            .params(school, math4)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            imports.batchWorks(65_536);
        }
    }

    @Test
    void findsADuplicateCodeInTheDatabaseWhenTheFileOutgrowsTheInMemoryCheck() throws Exception {
        String header =
                "Код;Класс;1 (1б);2 (1б);3 (2б);4 (1б);5.1 (1б);5.2 (1б);6.1 (1б);6.2 (1б);7 (1б);8 (2б);9.1 (1б);9.2 (1б);10 (2б);11 (2б);12 (2б)\n";
        String good = ";1;1;2;1;1;1;1;1;1;2;1;1;2;2;2\n";
        long before = works();
        imports.codesInMemory(2);
        try {
            var outcome = run(
                    "huge.csv",
                    csv(header + "80001;4Д" + good + "80002;4Д" + good + "80003;4Д" + good + "80001;4Д" + good),
                    false);
            assertThat(outcome.committed()).isFalse();
            assertThat(outcome.problems())
                    .extracting(ImportProblem::code, ImportProblem::value, ImportProblem::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ASM-E015", "80001", schoolCode));
            assertThat(works()).isEqualTo(before);
        } finally {
            imports.codesInMemory(8_000_000);
        }
    }

    @Test
    void refusesTheResultsOfAGradeTheSchoolDoesNotTeach() throws Exception {
        // school 0 teaches grades 5–11 only; school 1 is a primary school, where grade 4 belongs
        var levels = regions.create(
                1,
                2,
                (index, spec) -> index == 0
                        ? new TestRegions.SchoolSpec(
                                spec.kind(),
                                spec.settlement(),
                                false,
                                true,
                                true,
                                spec.students(),
                                spec.small(),
                                spec.adverse(),
                                spec.shareOvz())
                        : spec.primaryOnly());
        String header = "Код ОО;Код;Класс;1;2;3;4;5.1;5.2;6.1;6.2;7;8;9.1;9.2;10;11;12\n";
        var outcome = imports.importFile(new ResultImport.Request(
                math4,
                "grades.csv",
                csv(header
                        + levels.school(0).code() + ";1;4А;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2\n"
                        + levels.school(1).code() + ";2;4А;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2\n"),
                levels.scope(),
                null,
                "region",
                false));
        assertThat(outcome.committed()).isFalse();
        assertThat(outcome.problems())
                .extracting(ImportProblem::code, ImportProblem::row, ImportProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "ASM-E016", 2, levels.school(0).code()));
        assertThat(jdbc.sql("select count(*) from assessments.participant_result where school_id in (?, ?)")
                        .params(levels.school(0).id(), levels.school(1).id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aColumnMappingIsTheRegionsAndSetOnlyByItsAdministrators() {
        var other = regions.create();
        mappings.save(math4, other.scope(), "11.3 k1", "11", "other-region");
        var here = run("protocol.xlsx", FORM, true);
        assertThat(here.problems())
                .as("another region's mapping is not applied here")
                .extracting(ImportProblem::code)
                .contains("ASM-E002");
        assertThatThrownBy(
                        () -> mappings.save(math4, Scope.of(test.municipality(0).path()), "11.3 k1", "1", "municipal"))
                .as("a municipality's or a school's mapping would bind the whole region")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.sql(
                                "select count(*) from identity.audit_event where entity_type = 'COLUMN_MAPPING' and actor = 'other-region'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesAnUnknownSchoolCodeInAFileWithASchoolColumn() throws Exception {
        String header = "Код ОО;Код;Класс;1;2;3;4;5.1;5.2;6.1;6.2;7;8;9.1;9.2;10;11;12\n";
        var outcome = imports.importFile(new ResultImport.Request(
                math4,
                "schools.csv",
                csv(header + "999999;1;4А;1;1;2;1;1;1;1;1;1;2;1;1;2;2;2\n"),
                region,
                null,
                "region",
                true));
        assertThat(outcome.problems())
                .extracting(ImportProblem::code, ImportProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ORG-E001", "999999"));
    }

    @Test
    @WithMockUser(username = "curator", authorities = "RESULTS_VIEW")
    void refusesAnImportWithoutThePermission() {
        assertThatThrownBy(() -> run("protocol.xlsx", FORM, true)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
