package ru.opora.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Difficulty;
import ru.opora.assessments.catalogue.Scale;
import ru.opora.assessments.catalogue.Task;
import ru.opora.assessments.gia.GiaResults;
import ru.opora.assessments.results.ResultImport;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.TabularImport;

/**
 * Results for tests, loaded through the import a region admin uses: catalogue entries of small
 * made-up assessments, participant files as CSV text, ОГЭ/ЕГЭ lines. Imports run as a user who holds
 * the import permission, as the upload pages do.
 */
@Component
public class TestResults {

    /** The header of a file of the four-task test assessment, one school column first. */
    public static final String HEADER = "Код ОО;Код;Класс;1;2;3;4\n";

    public static final String GIA_HEADER =
            "Экзамен;Год;Код предмета;Предмет;Код ОО;Участников;Не преодолели минимум;Средний балл;«2»;«3»;«4»;«5»\n";

    private final Catalogue catalogue;
    private final ResultImport imports;
    private final GiaResults gia;

    TestResults(Catalogue catalogue, ResultImport imports, GiaResults gia) {
        this.catalogue = catalogue;
        this.imports = imports;
        this.gia = gia;
    }

    /**
     * «Проба» ВПР of a year and grade: four tasks of maxima 1, 1, 2, 2 (the fourth advanced), marks
     * from 2, 4, 5 points. Shared by every test that asks for the same subject, year and grade, as
     * the catalogue is the country's.
     */
    public UUID vpr(String subjectCode, int year, int grade) {
        return vpr(subjectCode, "Проба " + subjectCode, year, grade);
    }

    /** The same under a subject name of the test's choosing. */
    public UUID vpr(String subjectCode, String subjectName, int year, int grade) {
        return fourTasks(subjectCode, subjectName, year, grade, null);
    }

    /**
     * A ВПР of the four tasks (maxima 1, 1, 2, 2) whose tasks check the given skills, coded
     * {@code <subject>.<task>}: what the skill-level analyses need.
     */
    public UUID vprWithSkills(String subjectCode, String subjectName, int year, int grade, List<String> skills) {
        return fourTasks(subjectCode, subjectName, year, grade, skills);
    }

    /** The four-task ВПР, with skills or (the fourth task then advanced) without; found when it exists. */
    private UUID fourTasks(String subjectCode, String subjectName, int year, int grade, @Nullable List<String> skills) {
        return catalogue.idOf(AssessmentKind.VPR, year, subjectCode, grade).orElseGet(() -> {
            var tasks = new ArrayList<Task>();
            int[] max = {1, 1, 2, 2};
            for (int i = 0; i < max.length; i++)
                tasks.add(new Task(
                        i,
                        String.valueOf(i + 1),
                        max[i],
                        skills == null ? null : subjectCode + "." + (i + 1),
                        skills == null ? null : skills.get(i),
                        skills == null && i == 3 ? Difficulty.ADVANCED : Difficulty.BASIC));
            return catalogue.save(new Assessment(
                    UUID.randomUUID(),
                    AssessmentKind.VPR,
                    year,
                    subjectCode,
                    subjectName,
                    grade,
                    tasks,
                    Scale.of(2, 4, 5, 6)));
        });
    }

    /**
     * Lines of a file of {@link #HEADER}: {@code count} works of the school's 5А, all tasks full
     * but task 2, which {@code solved} of them solved.
     */
    public static String worksSolvingTask2(ru.opora.orgunits.OrgUnitRef school, int count, int solved) {
        var csv = new StringBuilder();
        for (int p = 0; p < count; p++)
            csv.append(school.code())
                    .append(";W")
                    .append(school.code())
                    .append('-')
                    .append(p)
                    .append(";5А;1;")
                    .append(p < solved ? 1 : 0)
                    .append(";1;1\n");
        return csv.toString();
    }

    /** Imports a participant file into the assessment as a region admin of the scope would; the file must be clean. */
    public ResultImport.Outcome load(UUID assessment, Scope scope, String csv) {
        var outcome = importFile(assessment, scope, csv, false);
        assertThat(outcome.problems()).as("problems of the test file").isEmpty();
        return outcome;
    }

    /** Imports (or only checks) a file and returns what the import said, problems included. */
    public ResultImport.Outcome importFile(UUID assessment, Scope scope, String csv, boolean dryRun) {
        return asImporter(() -> imports.importFile(
                new ResultImport.Request(assessment, "test.csv", file(csv), scope, null, "tester", dryRun)));
    }

    /** Loads ОГЭ/ЕГЭ lines (the file's header is added); the file must be clean. */
    public void loadGia(Scope scope, String rows) {
        var report = asImporter(() -> gia.importFile(upload("gia.csv", GIA_HEADER + rows), scope, "tester"));
        assertThat(report.problems()).as("problems of the test ГИА file").isEmpty();
    }

    /** A file of the text in UTF-8 as an import reads it. */
    public static TabularImport.Upload upload(String name, String content) {
        return new TabularImport.Upload(name, file(content), 50L * 1024 * 1024);
    }

    /** A temporary file with the text in UTF-8. */
    public static Path file(String content) {
        try {
            Path f = Files.createTempFile("opora-test-", ".csv");
            Files.writeString(f, content, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the work as a user holding the import permission, as the upload pages do. */
    public static <T> T asImporter(Supplier<T> work) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "tester",
                        null,
                        List.of(
                                new SimpleGrantedAuthority("RESULTS_IMPORT"),
                                new SimpleGrantedAuthority("RULES_EDIT"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
