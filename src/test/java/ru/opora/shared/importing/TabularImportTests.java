package ru.opora.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The import pipeline on its own: the header, typed cells, capped problems, all or nothing. */
class TabularImportTests {

    static final Column CODE = Column.required("Код ОО");
    static final Column COUNT = Column.required("Численность обучающихся");
    static final Column SHARE = Column.optional("Доля, %");
    static final Column DAY = Column.optional("Дата");
    static final Column SMALL = Column.optional("Малокомплектная");
    static final List<Column> COLUMNS = List.of(CODE, COUNT, SHARE, DAY, SMALL);

    record Entry(
            String code,
            int count,
            @Nullable BigDecimal share,
            @Nullable LocalDate day,
            boolean small) {}

    static @Nullable Entry read(Row row) {
        String code = row.required(CODE);
        Integer count = row.integer(COUNT, 0, 100_000);
        BigDecimal share = row.decimal(SHARE, BigDecimal.ZERO, BigDecimal.valueOf(100));
        LocalDate day = row.date(DAY);
        boolean small = row.yesNo(SMALL);
        if (!row.ok() || count == null) return null;
        return new Entry(code, count, share, day, small);
    }

    private static TabularImport.Upload file(String content) throws IOException {
        Path f = Files.createTempFile("pipeline-", ".csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return new TabularImport.Upload("школы.csv", f, 10L * 1024 * 1024);
    }

    @Test
    void readsCellsAsPeopleWriteThem() throws IOException {
        var reading = TabularImport.read(
                file("Код ОО;Численность обучающихся*;доля, %;Дата;Малокомплектная\n"
                        + "A1;1 200;4,5;15.04.2026;да\n"
                        + "A2;35;7.25 %;2026-04-16;нет\n"
                        + "A3;12;;;\n"),
                COLUMNS,
                TabularImportTests::read);
        assertThat(reading.problems().isEmpty()).isTrue();
        assertThat(reading.entries())
                .containsExactly(
                        new Entry("A1", 1200, new BigDecimal("4.5"), LocalDate.of(2026, 4, 15), true),
                        new Entry("A2", 35, new BigDecimal("7.25"), LocalDate.of(2026, 4, 16), false),
                        new Entry("A3", 12, null, null, false));
    }

    /** Plain digits take a short way (a results file has millions); every other spelling the long one. */
    @Test
    void readsWholeNumbersTheShortAndTheLongWay() {
        assertThat(Row.parseInteger("7")).isEqualTo(7);
        assertThat(Row.parseInteger("012")).isEqualTo(12);
        assertThat(Row.parseInteger("999999999")).isEqualTo(999_999_999);
        assertThat(Row.parseInteger("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(Row.parseInteger("1 200")).isEqualTo(1200);
        assertThat(Row.parseInteger("1200,0")).isEqualTo(1200);
        assertThat(Row.parseInteger("-3")).isEqualTo(-3);
        assertThat(Row.parseInteger("+5")).isEqualTo(5);
        assertThat(Row.parseInteger("1,5")).isNull();
        assertThat(Row.parseInteger("2147483648")).isNull();
        assertThat(Row.parseInteger("1a")).isNull();
        assertThat(Row.parseInteger("٣")).isNull();
        assertThat(Row.parseInteger("")).isNull();
    }

    /** A cell with nothing to strip is taken as it is; any other is stripped of every kind of space. */
    @Test
    void stripsCellsOfEverySpaceButLeavesVisibleEdgesAlone() {
        var problems = new ImportProblems();
        var header = Header.read(1, List.of("Код", "Класс", "Пусто", "Широкий"), List.of(), problems);
        var row = header.row(2, List.of("A1", "5А", "", "\u3000A2\u2002"), problems);
        assertThat(row.cell(0)).isSameAs("A1");
        assertThat(row.cell(1)).isEqualTo("5А");
        assertThat(row.cell(2)).isEmpty();
        assertThat(row.cell(3)).isEqualTo("A2");
        assertThat(row.cell(4)).isEmpty();
    }

    @Test
    void aMissingColumnIsOneProblemAndNoRowIsRead() throws IOException {
        var content = new StringBuilder("Код ОО;Доля, %\n");
        for (int i = 0; i < 2426; i++) content.append("S").append(i).append(";1\n");
        var reading = TabularImport.read(file(content.toString()), COLUMNS, TabularImportTests::read);
        assertThat(reading.problems().count()).isOne();
        assertThat(reading.problems().shown()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("HDR-E001");
            assertThat(p.detail()).isEqualTo("«Численность обучающихся»");
        });
        assertThat(reading.entries()).isEmpty();
    }

    @Test
    void showsTwentyProblemsOfAKindAndCountsTheRest() throws IOException {
        var content = new StringBuilder("Код ОО;Численность обучающихся\n");
        for (int i = 0; i < 2426; i++) content.append("S").append(i).append(";много\n");
        content.append(";5\n");
        var reading = TabularImport.read(file(content.toString()), COLUMNS, TabularImportTests::read);
        var problems = reading.problems();
        assertThat(problems.count()).isEqualTo(2427);
        assertThat(problems.shown()).hasSize(21);
        assertThat(problems.shown().getFirst().row()).isEqualTo(2);
        assertThat(problems.overflow())
                .containsExactly(new ImportProblems.Overflow("CELL-E002", "Численность обучающихся", 2406));

        var view = ImportReportView.of(
                ImportReport.refused("школы.csv", reading.dataRows(), problems),
                messages(),
                Locale.forLanguageTag("ru"));
        assertThat(view.problems().getFirst().message())
                .isEqualTo(
                        "Файл «школы.csv», строка 2, столбец «Численность обучающихся»: «много» — ожидается целое число"
                                + " от 0 до 100\u00a0000.");
        assertThat(view.more())
                .containsExactly("…и ещё 2\u00a0406 строк с той же ошибкой в столбце «Численность обучающихся».");
        assertThat(view.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("CELL-E001"));
    }

    @Test
    void writesOnlyAFileWithoutProblems() throws IOException {
        var written = new ArrayList<Entry>();
        var bad = TabularImport.read(
                        file("Код ОО;Численность обучающихся;Дата\nA1;10;\nA2;11;31.02.2026\n"),
                        COLUMNS,
                        TabularImportTests::read)
                .commit(rows -> {
                    written.addAll(rows);
                    return new ImportReport.Tally(rows.size(), 0, 0);
                });
        assertThat(bad.committed()).isFalse();
        assertThat(bad.problems())
                .extracting(ImportProblem::code, ImportProblem::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CELL-E004", 3));
        assertThat(written).isEmpty();

        var good = TabularImport.read(
                        file("Код ОО;Численность обучающихся\nA1;10\n"), COLUMNS, TabularImportTests::read)
                .commit(rows -> {
                    written.addAll(rows);
                    return new ImportReport.Tally(rows.size(), 0, 0);
                });
        assertThat(good.committed()).isTrue();
        assertThat(good.tally()).isEqualTo(new ImportReport.Tally(1, 0, 0));
        assertThat(written).hasSize(1);
    }

    @Test
    void anEmptyFileAndAFileWithOnlyAHeaderAreRefused() throws IOException {
        assertThat(TabularImport.read(file(""), COLUMNS, TabularImportTests::read)
                        .problems()
                        .shown())
                .extracting(ImportProblem::code)
                .containsExactly("FILE-E001");
        assertThat(TabularImport.read(file("Код ОО;Численность обучающихся\n"), COLUMNS, TabularImportTests::read)
                        .problems()
                        .shown())
                .extracting(ImportProblem::code)
                .containsExactly("HDR-E003");
    }

    @Test
    void aDuplicateKeyNamesTheFirstRow() throws IOException {
        var seen = new UniqueKeys("REG-E004");
        var reading = TabularImport.read(file("Код ОО;Численность обучающихся\nA1;1\nA2;2\nA1;3\n"), COLUMNS, row -> {
            seen.add(row, CODE, row.text(CODE));
            return read(row);
        });
        assertThat(reading.problems().shown())
                .extracting(ImportProblem::code, ImportProblem::row, ImportProblem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REG-E004", 4, "2"));
    }

    @Test
    void refersToWhatTheImporterMaySee() throws IOException {
        Reference<String> known = new Reference<>() {
            @Override
            public Optional<String> find(String code) {
                return code.equals("A1") ? Optional.of("Школа А1") : Optional.empty();
            }

            @Override
            public String unknownCode() {
                return "ORG-E001";
            }
        };
        var reading = TabularImport.read(
                file("Код ОО;Численность обучающихся\nA1;1\nB9;2\n"), COLUMNS, row -> row.reference(CODE, known));
        assertThat(reading.entries()).containsExactly("Школа А1");
        assertThat(reading.problems().shown())
                .extracting(ImportProblem::code, ImportProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ORG-E001", "B9"));
    }

    @Test
    void namesAnUploadedFileForShowingOnly() {
        assertThat(UploadedName.of("C:\\Users\\dir\\реестр.xlsx")).isEqualTo("реестр.xlsx");
        assertThat(UploadedName.of("/tmp/../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedName.of("отчёт\u202Efdp.exe")).isEqualTo("отчётfdp.exe");
        assertThat(UploadedName.of("a\u0000b.csv")).isEqualTo("ab.csv");
        assertThat(UploadedName.of(null)).isEqualTo("file");
    }

    static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
