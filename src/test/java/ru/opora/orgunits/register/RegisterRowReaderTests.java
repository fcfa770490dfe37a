package ru.opora.orgunits.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Settlement;
import ru.opora.shared.importing.Header;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportProblems;

class RegisterRowReaderTests {

    private final ImportProblems found = new ImportProblems();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final RegisterRowReader reader;
    private final Header header;

    RegisterRowReaderTests() {
        var context = RegisterFixtures.context(java.util.Map.of());
        reader = new RegisterRowReader(name -> context.municipality(name).isPresent(), code -> false, false);
        header = Header.read(1, RegisterTemplate.headers(), RegisterColumn.ALL, found);
        assertThat(found.isEmpty()).isTrue();
    }

    /** Reads a row under the template's header, collecting its problems. */
    private Optional<SchoolDraft> read(int number, List<String> cells) {
        var draft = reader.read(header.row(number, cells, found));
        problems.clear();
        problems.addAll(found.shown());
        return Optional.ofNullable(draft);
    }

    /** A valid row; the overrides replace cells by column. */
    private static List<String> row(Object... overrides) {
        var cells = new ArrayList<>(Arrays.asList(
                "390101",
                "01",
                "МБОУ «Средняя школа № 1»",
                "МБОУ СОШ № 1",
                "7707083893",
                "",
                "",
                "Лицей",
                "НОО, ООО, СОО",
                "город",
                "нет",
                "нет",
                "812",
                "54",
                "4,5",
                "да",
                ""));
        for (int i = 0; i < overrides.length; i += 2)
            cells.set(((RegisterColumn) overrides[i]).ordinal(), (String) overrides[i + 1]);
        return cells;
    }

    @Test
    void readsAValidRow() {
        var draft = read(5, row()).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(draft.row()).isEqualTo(5);
        assertThat(draft.kind()).isEqualTo(SchoolKind.LYCEUM);
        assertThat(draft.settlement()).isEqualTo(Settlement.URBAN);
        assertThat(draft.hasPrimary() && draft.hasBasic() && draft.hasSecondary())
                .isTrue();
        assertThat(draft.students()).isEqualTo(812);
        assertThat(draft.shareOvz()).isEqualByComparingTo(new BigDecimal("4.5"));
        assertThat(draft.adverseSocialConditions()).isTrue();
        assertThat(draft.ogrn()).isNull();
    }

    @Test
    void keepsHtmlAndFormulasInNamesAsPlainText() {
        var draft = read(
                        2,
                        row(
                                RegisterColumn.FULL_NAME,
                                "<script>alert(1)</script>",
                                RegisterColumn.SHORT_NAME,
                                "=HYPERLINK(\"x\")"))
                .orElseThrow();
        assertThat(draft.fullName()).isEqualTo("<script>alert(1)</script>");
        assertThat(draft.shortName()).isEqualTo("=HYPERLINK(\"x\")");
    }

    @Test
    void reportsEachBadCellWithItsRowColumnAndValue() {
        var result = read(
                7,
                row(
                        RegisterColumn.CODE,
                        "",
                        RegisterColumn.INN,
                        "123",
                        RegisterColumn.STUDENTS,
                        "много",
                        RegisterColumn.SHARE_OVZ,
                        "120",
                        RegisterColumn.SMALL,
                        "может быть",
                        RegisterColumn.SETTLEMENT,
                        "хутор",
                        RegisterColumn.LEVELS,
                        "НОО, ВУЗ",
                        RegisterColumn.KIND,
                        "Академия",
                        RegisterColumn.OGRN,
                        "12"));
        assertThat(result).isEmpty();
        assertThat(problems)
                .extracting(ImportProblem::code)
                .containsExactlyInAnyOrder(
                        "CELL-E001",
                        "REG-E006",
                        "CELL-E002",
                        "CELL-E003",
                        "CELL-E005",
                        "REG-E010",
                        "REG-E011",
                        "REG-E012",
                        "REG-E021");
        assertThat(problems).allSatisfy(p -> assertThat(p.row()).isEqualTo(7));
        assertThat(problems)
                .filteredOn(p -> p.code().equals("CELL-E002"))
                .singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("Численность обучающихся"))
                .satisfies(p -> assertThat(p.value()).isEqualTo("много"));
    }

    @Test
    void knowsMunicipalitiesByCodeOktmoAndNameAndReportsOthers() {
        assertThat(read(2, row(RegisterColumn.MUNICIPALITY, "27606000"))).isPresent();
        assertThat(read(3, row(RegisterColumn.MUNICIPALITY, "заречный  РАЙОН"))).isPresent();
        assertThat(read(4, row(RegisterColumn.MUNICIPALITY, "Несуществующий район")))
                .isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("REG-E005");
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.value()).isEqualTo("Несуществующий район");
        });
    }

    @Test
    void refusesNegativeHeadcountsAndOverlongText() {
        read(3, row(RegisterColumn.TEACHERS, "-1", RegisterColumn.FULL_NAME, "Ш".repeat(501)));
        assertThat(problems).extracting(ImportProblem::code).containsExactlyInAnyOrder("CELL-E002", "CELL-E006");
    }

    @Test
    void defaultsOptionalChoices() {
        var draft = read(2, row(RegisterColumn.KIND, "", RegisterColumn.SMALL, "", RegisterColumn.SHARE_OVZ, ""))
                .orElseThrow();
        assertThat(draft.kind()).isEqualTo(SchoolKind.SOSH);
        assertThat(draft.small()).isFalse();
        assertThat(draft.shareOvz()).isNull();
    }

    @Test
    void matchesHeadersWhateverTheirCaseSpacesOrRequiredMark() {
        assertThat(RegisterColumn.CODE.column().matches("  код ОО* ")).isTrue();
        assertThat(RegisterColumn.SHARE_OVZ.column().matches("Доля обучающихся с ОВЗ ,%"))
                .isTrue();
        assertThat(RegisterColumn.ALL).noneMatch(c -> c.matches("Неизвестный столбец"));
    }
}
