package ru.opora.identification.engine;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the engine knows of one school in one year.
 *
 * @param selective a lyceum, gymnasium or school with in-depth study: its high results are expected
 * @param adverse the register marks it as working in adverse social conditions (ШНСУ)
 * @param rechecks the year's re-checked works (docs/domain.md §6.5: OBJ_RECHECK)
 * @param federalListBasis why it is on the federal list of non-objective results, null when it is not
 * @param socialIndex the imported social-context index (higher = more disadvantaged), null without one
 * @param correctional the register names it a correctional school (for pupils with ОВЗ)
 * @param ovzShare the share of its pupils with ОВЗ in percent, null when the register does not say
 */
public record SchoolYear(
        UUID schoolId,
        boolean selective,
        boolean adverse,
        List<VprResult> vpr,
        List<GiaResult> gia,
        List<Recheck> rechecks,
        @Nullable String federalListBasis,
        @Nullable Double socialIndex,
        boolean correctional,
        @Nullable Double ovzShare) {

    /** A school without re-checks and not on the federal list. */
    public SchoolYear(UUID schoolId, boolean selective, boolean adverse, List<VprResult> vpr, List<GiaResult> gia) {
        this(schoolId, selective, adverse, vpr, gia, List.of(), null, null, false, null);
    }

    /** Judged apart under the region's rules: a correctional school, or most pupils with ОВЗ. */
    boolean special(RuleSet rules) {
        return rules.separateSpecialSchools()
                && (correctional || (ovzShare != null && ovzShare >= rules.specialOvzShare()));
    }

    /** One re-checked work: its primary score as marked by the school and after the re-check. */
    public record Recheck(String label, int original, int rechecked, int[] thresholds) {
        int mark(int score) {
            int mark = 2;
            for (int i = 0; i < thresholds.length; i++) if (score >= thresholds[i]) mark = i + 3;
            return mark;
        }
    }

    SchoolYear withAdverse() {
        return new SchoolYear(
                schoolId, selective, true, vpr, gia, rechecks, federalListBasis, socialIndex, correctional, ovzShare);
    }

    int vprParticipants() {
        return vpr.stream().mapToInt(VprResult::participants).sum();
    }
}
