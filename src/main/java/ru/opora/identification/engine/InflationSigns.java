package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * INFLATION: results lifted across the board show in three places at once, each too faintly to
 * flag alone in a small school or one whose teachers mark the journal leniently: ОГЭ/ЕГЭ below what
 * the school's ВПР predict, ВПР marks above the journal's, and results above what the school's
 * context predicts. Their standardised gaps, independent for a school that adjusts nothing, are
 * summed with weights (Stouffer) and recalibrated on the region's schools. The context counts half:
 * an average school lifted a little is hardly above its context, and a full weight would dilute the
 * two signs marked by other people. Raised only for a school no sign flagged alone: it names what
 * they show together.
 */
final class InflationSigns {

    static final List<FlagCode> SIGNS =
            List.of(FlagCode.NOT_CONFIRMED_GIA, FlagCode.TERM_MISMATCH, FlagCode.HIGH_VS_REGION);

    private static final double[] WEIGHTS = {1, 1, 0.5};

    /** A sign counts as present from one standard error on: the sum must not rest on one sign. */
    private static final double PRESENT = 1;

    private final Map<FlagCode, Map<UUID, LevelCheck.Gap>> gaps;

    InflationSigns(Map<FlagCode, Map<UUID, LevelCheck.Gap>> gaps) {
        this.gaps = gaps;
    }

    /** @param flagged the flags the single checks raised, per school */
    Map<UUID, Flag> flags(double critical, Map<UUID, List<Flag>> flagged) {
        var combined = new LinkedHashMap<UUID, LevelCheck.Gap>();
        var schools = new java.util.LinkedHashSet<UUID>();
        for (FlagCode sign : SIGNS)
            schools.addAll(gaps.getOrDefault(sign, Map.of()).keySet());
        for (UUID school : schools) {
            double sum = 0;
            double squares = 0;
            int signs = 0;
            var evidence = new ArrayList<Flag.Evidence>();
            for (int i = 0; i < SIGNS.size(); i++) {
                FlagCode sign = SIGNS.get(i);
                var gap = gaps.getOrDefault(sign, Map.of()).get(school);
                if (gap == null) continue;
                sum += WEIGHTS[i] * gap.z();
                squares += WEIGHTS[i] * WEIGHTS[i];
                signs++;
                int works = gap.evidence().stream()
                        .mapToInt(Flag.Evidence::participants)
                        .sum();
                evidence.add(new Flag.Evidence(
                        sign.name(), LevelCheck.round(gap.observed()), works, LevelCheck.round(gap.expected())));
            }
            if (signs < 2) continue;
            double z = sum / Math.sqrt(squares);
            long present = evidence.size() - countBelow(school);
            combined.put(school, new LevelCheck.Gap(z, 0, z, present, evidence));
        }
        var flags = new HashMap<UUID, Flag>();
        LevelCheck.recalibrated(combined).forEach((school, g) -> {
            if (g.z() >= critical && g.effect() >= 2 && !hasSign(flagged.getOrDefault(school, List.of())))
                flags.put(
                        school,
                        new Flag(
                                FlagCode.INFLATION,
                                LevelCheck.round(g.z()),
                                LevelCheck.round(critical),
                                g.evidence(),
                                0.0,
                                LevelCheck.round(g.z())));
        });
        return flags;
    }

    /** How many of the school's signs are below {@link #PRESENT}. */
    private long countBelow(UUID school) {
        return SIGNS.stream()
                .map(sign -> gaps.getOrDefault(sign, Map.of()).get(school))
                .filter(g -> g != null && g.z() < PRESENT)
                .count();
    }

    private static boolean hasSign(List<Flag> flags) {
        return flags.stream().anyMatch(f -> SIGNS.contains(f.code()));
    }
}
