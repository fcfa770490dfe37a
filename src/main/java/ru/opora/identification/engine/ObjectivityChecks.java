package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.opora.shared.Formats;

/**
 * The objectivity flags of docs/domain.md §6.5, computed from the schools' aggregates of one year.
 *
 * <p>Every statistical flag compares a school with what the region's own data predict for a school
 * of its level and size ({@link LevelCheck}), never with a fixed cut-off: a strong school near the
 * ceiling has a small gap between hard and easy tasks and many ВПР marks above its journal marks
 * without adjusting anything, and a class of six is noisy. Each check pools the school's
 * assessments of the year: a flag is about a school's practice. A flag is evidence for a human
 * review, never a sanction.
 */
public final class ObjectivityChecks {

    private final RuleSet rules;

    public ObjectivityChecks(RuleSet rules) {
        this.rules = rules;
    }

    /** Every school's flags; schools without flags are absent. */
    public Map<UUID, List<Flag>> flags(List<SchoolYear> schools) {
        double critical = rules.criticalZ();
        var result = new HashMap<UUID, List<Flag>>();
        var gaps = new java.util.EnumMap<FlagCode, Map<UUID, LevelCheck.Gap>>(FlagCode.class);
        for (var definition : ObjectivityMeasures.all()) {
            var check = new LevelCheck(definition);
            var checkGaps = check.gaps(schools);
            gaps.put(definition.code(), checkGaps);
            if (!definition.flagsAlone()) continue;
            double minEffect = definition.effectInSpreads() ? rules.giaMinEffect() : rules.minEffect();
            check.flags(checkGaps, critical, minEffect)
                    .forEach((school, flag) -> result.computeIfAbsent(school, k -> new ArrayList<>())
                            .add(flag));
        }
        new InflationSigns(gaps)
                .flags(critical, result)
                .forEach((school, flag) ->
                        result.computeIfAbsent(school, k -> new ArrayList<>()).add(flag));
        for (SchoolYear s : schools) {
            recheck(s)
                    .ifPresent(f -> result.computeIfAbsent(s.schoolId(), k -> new ArrayList<>())
                            .add(f));
            if (s.federalListBasis() != null)
                result.computeIfAbsent(s.schoolId(), k -> new ArrayList<>())
                        .add(new Flag(
                                FlagCode.FEDERAL_LIST, 1, 1, List.of(new Flag.Evidence(s.federalListBasis(), 1, 0))));
        }
        result.values().forEach(list -> list.sort(java.util.Comparator.comparing(Flag::code)));
        return result;
    }

    /** The share of re-checked works that kept their mark and their score within the tolerance (§6.5 worked example). */
    private java.util.Optional<Flag> recheck(SchoolYear s) {
        if (s.rechecks().isEmpty()) return java.util.Optional.empty();
        var byLabel = new java.util.LinkedHashMap<String, int[]>(); // {kept, checked}
        for (var r : s.rechecks()) {
            int[] acc = byLabel.computeIfAbsent(r.label(), k -> new int[2]);
            boolean kept = Math.abs(r.rechecked() - r.original()) <= rules.recheckTolerance()
                    && r.mark(r.rechecked()) == r.mark(r.original());
            if (kept) acc[0]++;
            acc[1]++;
        }
        var evidence = new ArrayList<Flag.Evidence>();
        int kept = 0;
        int checked = 0;
        for (var e : byLabel.entrySet()) {
            evidence.add(
                    new Flag.Evidence(e.getKey(), round(100.0 * e.getValue()[0] / e.getValue()[1]), e.getValue()[1]));
            kept += e.getValue()[0];
            checked += e.getValue()[1];
        }
        double share = 100.0 * kept / checked;
        return share < rules.recheckShare()
                ? java.util.Optional.of(new Flag(FlagCode.RECHECK, round(share), rules.recheckShare(), evidence))
                : java.util.Optional.empty();
    }

    static double round(double v) {
        return Formats.round(v, 2);
    }
}
