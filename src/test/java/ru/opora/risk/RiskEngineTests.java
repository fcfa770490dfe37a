package ru.opora.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.opora.risk.engine.AnswerType;
import ru.opora.risk.engine.Direction;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.Indicator;
import ru.opora.risk.engine.Item;
import ru.opora.risk.engine.Level;
import ru.opora.risk.engine.Questionnaire;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.risk.engine.ResponseTally;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.risk.engine.RiskEngine;
import ru.opora.risk.engine.Source;
import ru.opora.shared.formula.Formula;
import ru.opora.shared.formula.FormulaProblem;

/** docs/domain.md §5.2's rule and its worked example, and the formula language's refusals. */
class RiskEngineTests {

    private static final Set<String> KNOWN = Set.of("vpr_share2", "oge_below_min", "D_11", "D_08_no", "D_09_no");

    private static Factor failureRisk() {
        return new Factor(
                "FAILURE_RISK_SHARE",
                "Высокая доля обучающихся с рисками учебной неуспешности",
                "",
                "",
                List.of(),
                List.of(
                        new Indicator("FR1", "«2» в ВПР", Source.VPR, "vpr_share2", Direction.HIGHER_IS_RISK, 15, 1),
                        new Indicator(
                                "FR2",
                                "ОГЭ ниже минимума",
                                Source.GIA,
                                "oge_below_min",
                                Direction.HIGHER_IS_RISK,
                                10,
                                1),
                        new Indicator(
                                "FR3", "задолженность", Source.QUESTIONNAIRE, "D_11", Direction.HIGHER_IS_RISK, 5, 1)));
    }

    private static RiskCatalogue catalogue(Factor f) {
        return new RiskCatalogue(0.5, 0.25, 3, List.of(f));
    }

    @Test
    void workedExampleOfSection52IsHigh() {
        // School X: «2» in ВПР 21 % (≥ 15 → risk), ОГЭ below minimum 6 % (< 10 → no), debts 7 % (≥ 5 → risk)
        var result = RiskEngine.factor(
                catalogue(failureRisk()),
                failureRisk(),
                Map.of("vpr_share2", 21.0, "oge_below_min", 6.0, "D_11", 7.0),
                KNOWN);
        assertThat(result.score()).isEqualTo(2.0 / 3);
        assertThat(result.level()).isEqualTo(Level.HIGH);
        assertThat(result.indicators()).extracting(o -> o.atRisk()).containsExactly(true, false, true);
        assertThat(result.indicators().get(1).value()).isEqualTo(6.0);
    }

    @Test
    void levelsFollowTheLimits() {
        var c = catalogue(failureRisk());
        assertThat(c.level(0.5)).isEqualTo(Level.HIGH);
        assertThat(c.level(0.49)).isEqualTo(Level.MEDIUM);
        assertThat(c.level(0.25)).isEqualTo(Level.MEDIUM);
        assertThat(c.level(0.2)).isEqualTo(Level.LOW);
        assertThat(c.level(0)).isEqualTo(Level.NONE);
        assertThat(Level.MEDIUM.atMost(Level.MEDIUM)).isTrue();
        assertThat(Level.HIGH.atMost(Level.MEDIUM)).isFalse();
        assertThat(Level.LOW.atMost(Level.MEDIUM)).isTrue();
    }

    @Test
    void indicatorsWithoutDataAreLeftOutOfTheScore() {
        // no ОГЭ (a primary school): 1 of the 2 indicators with data is at risk → 0.5 → HIGH
        var result = RiskEngine.factor(
                catalogue(failureRisk()), failureRisk(), Map.of("vpr_share2", 21.0, "D_11", 2.0), KNOWN);
        assertThat(result.score()).isEqualTo(0.5);
        assertThat(result.indicators().get(1).problem()).isEqualTo(FormulaProblem.Kind.MISSING_DATA);
        var none = RiskEngine.factor(catalogue(failureRisk()), failureRisk(), Map.of(), KNOWN);
        assertThat(none.noData()).isTrue();
        assertThat(none.level()).isEqualTo(Level.NONE);
    }

    @Test
    void lowerIsRiskCountsTheThresholdItself() {
        assertThat(Direction.LOWER_IS_RISK.atRisk(50, 50)).isTrue();
        assertThat(Direction.LOWER_IS_RISK.atRisk(51, 50)).isFalse();
        assertThat(Direction.HIGHER_IS_RISK.atRisk(15, 15)).isTrue();
    }

    @Test
    void formulasComputeWithTheAllowedFunctions() {
        assertThat(Formula.compile("MAX(D_08_no, D_09_no)", KNOWN).evaluate(Map.of("D_08_no", 0.0, "D_09_no", 100.0)))
                .isEqualTo(100.0);
        assertThat(Formula.compile("IF(vpr_share2 > 10, 1, 0)", KNOWN).evaluate(Map.of("vpr_share2", 12.0)))
                .isEqualTo(1.0);
        assertThat(Formula.compile("vpr_share2 >= 15", KNOWN).evaluate(Map.of("vpr_share2", 12.0)))
                .isEqualTo(0.0);
        assertThat(Formula.compile("(vpr_share2 + d_11) / 2", KNOWN).evaluate(Map.of("vpr_share2", 12.0, "D_11", 4.0)))
                .isEqualTo(8.0);
    }

    @Test
    void badFormulasAreRefusedWithTheirKind() {
        assertProblem("vpr_share2 +", FormulaProblem.Kind.SYNTAX);
        assertProblem("(vpr_share2", FormulaProblem.Kind.SYNTAX);
        assertProblem("vpr_share3 * 2", FormulaProblem.Kind.UNKNOWN_VARIABLE);
        assertProblem("DT_NOW()", FormulaProblem.Kind.FUNCTION_NOT_ALLOWED);
        assertProblem("Runtime.getRuntime()", FormulaProblem.Kind.FUNCTION_NOT_ALLOWED);
        assertProblem("STR_UPPER(\"x\")", FormulaProblem.Kind.FUNCTION_NOT_ALLOWED);
        assertProblem("  ", FormulaProblem.Kind.EMPTY);
        assertThatThrownBy(() -> Formula.checkForSaving("vpr_share2 / 0", KNOWN))
                .isInstanceOfSatisfying(
                        FormulaProblem.class,
                        p -> assertThat(p.kind()).isEqualTo(FormulaProblem.Kind.DIVISION_BY_ZERO));
        assertThatThrownBy(() -> Formula.checkForSaving("vpr_share2 / (D_11 - 1)", KNOWN))
                .isInstanceOfSatisfying(
                        FormulaProblem.class,
                        p -> assertThat(p.kind()).isEqualTo(FormulaProblem.Kind.DIVISION_BY_ZERO));
        assertThatThrownBy(() -> Formula.checkForSaving("\"text\"", KNOWN))
                .isInstanceOfSatisfying(
                        FormulaProblem.class, p -> assertThat(p.kind()).isEqualTo(FormulaProblem.Kind.NOT_A_NUMBER));
    }

    private static void assertProblem(String formula, FormulaProblem.Kind kind) {
        assertThatThrownBy(() -> Formula.checkForSaving(formula, KNOWN))
                .isInstanceOfSatisfying(
                        FormulaProblem.class, p -> assertThat(p.kind()).isEqualTo(kind));
    }

    @Test
    void rawAnswersAreTalliedIntoMeansAndShares() {
        var q = new Questionnaire(
                QuestionnaireKind.STUDENT,
                "t",
                1,
                List.of(
                        new Item(
                                "S_01",
                                "язык",
                                AnswerType.SINGLE,
                                0,
                                0,
                                List.of(new Item.Option("ru", "рус"), new Item.Option("other", "другой"))),
                        new Item("S_04", "интерес", AnswerType.SCALE, 1, 5, List.of()),
                        new Item(
                                "S_09",
                                "формы",
                                AnswerType.MULTI,
                                0,
                                0,
                                List.of(new Item.Option("a", "A"), new Item.Option("b", "B")))));
        var tally = new ResponseTally(q);
        tally.add(Map.of("S_01", "ru", "S_04", "1", "S_09", "a|b"));
        tally.add(Map.of("S_01", "other", "S_04", "2", "S_09", "a"));
        tally.add(Map.of("S_01", "ru", "S_04", "5"));
        tally.add(Map.of("S_01", "ru"));
        var a = tally.aggregates();
        assertThat(tally.respondents()).isEqualTo(4);
        assertThat(a).containsEntry("S_01_other", 25.0).containsEntry("S_01_ru", 75.0);
        assertThat(a).containsEntry("S_04", 2.67).containsEntry("S_04_1", 33.33).containsEntry("S_04_5", 33.33);
        assertThat(a).containsEntry("S_09_a", 100.0).containsEntry("S_09_b", 50.0);
    }
}
