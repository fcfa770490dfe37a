package ru.opora.orgunits.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Settlement;
import ru.opora.shared.ImportProblem;

class RegisterRowReaderTests {

    private static final RegisterColumn[] ORDER = RegisterColumn.values();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final RegisterRowReader reader;

    RegisterRowReaderTests() {
        var columns = new EnumMap<RegisterColumn, Integer>(RegisterColumn.class);
        for (int i = 0; i < ORDER.length; i++) columns.put(ORDER[i], i);
        var context = RegisterFixtures.context(java.util.Map.of());
        reader = new RegisterRowReader(
                columns, name -> context.municipality(name).isPresent());
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
        var draft = reader.read(5, row(), problems).orElseThrow();
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
        var draft = reader.read(
                        2,
                        row(
                                RegisterColumn.FULL_NAME,
                                "<script>alert(1)</script>",
                                RegisterColumn.SHORT_NAME,
                                "=HYPERLINK(\"x\")"),
                        problems)
                .orElseThrow();
        assertThat(draft.fullName()).isEqualTo("<script>alert(1)</script>");
        assertThat(draft.shortName()).isEqualTo("=HYPERLINK(\"x\")");
    }

    @Test
    void reportsEachBadCellWithItsRowColumnAndValue() {
        var result = reader.read(
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
                        "12"),
                problems);
        assertThat(result).isEmpty();
        assertThat(problems)
                .extracting(ImportProblem::code)
                .containsExactlyInAnyOrder(
                        "REG-E003",
                        "REG-E006",
                        "REG-E007",
                        "REG-E008",
                        "REG-E009",
                        "REG-E010",
                        "REG-E011",
                        "REG-E012",
                        "REG-E021");
        assertThat(problems).allSatisfy(p -> assertThat(p.row()).isEqualTo(7));
        assertThat(problems)
                .filteredOn(p -> p.code().equals("REG-E007"))
                .singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("Численность обучающихся"))
                .satisfies(p -> assertThat(p.value()).isEqualTo("много"));
    }

    @Test
    void knowsMunicipalitiesByCodeOktmoAndNameAndReportsOthers() {
        assertThat(reader.read(2, row(RegisterColumn.MUNICIPALITY, "27606000"), problems))
                .isPresent();
        assertThat(reader.read(3, row(RegisterColumn.MUNICIPALITY, "заречный  РАЙОН"), problems))
                .isPresent();
        assertThat(reader.read(4, row(RegisterColumn.MUNICIPALITY, "Несуществующий район"), problems))
                .isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("REG-E005");
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.value()).isEqualTo("Несуществующий район");
        });
    }

    @Test
    void refusesNegativeHeadcountsAndOverlongText() {
        reader.read(3, row(RegisterColumn.TEACHERS, "-1", RegisterColumn.FULL_NAME, "Ш".repeat(501)), problems);
        assertThat(problems).extracting(ImportProblem::code).containsExactlyInAnyOrder("REG-E007", "REG-E015");
    }

    @Test
    void defaultsOptionalChoices() {
        var draft = reader.read(
                        2,
                        row(RegisterColumn.KIND, "", RegisterColumn.SMALL, "", RegisterColumn.SHARE_OVZ, ""),
                        problems)
                .orElseThrow();
        assertThat(draft.kind()).isEqualTo(SchoolKind.SOSH);
        assertThat(draft.small()).isFalse();
        assertThat(draft.shareOvz()).isNull();
    }

    @Test
    void matchesHeadersWhateverTheirCaseSpacesOrRequiredMark() {
        assertThat(RegisterColumn.byHeader("  код ОО* ")).contains(RegisterColumn.CODE);
        assertThat(RegisterColumn.byHeader("Доля обучающихся с ОВЗ ,%")).contains(RegisterColumn.SHARE_OVZ);
        assertThat(RegisterColumn.byHeader("Неизвестный столбец")).isEmpty();
    }
}
