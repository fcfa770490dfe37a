package ru.opora.identification.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.opora.identification.engine.FlagCode;
import ru.opora.identification.engine.ObjectivityChecks;
import ru.opora.identification.engine.RuleSet;

/**
 * The recall and false alarms of the objectivity checks on simulated regions: per flag and per kind
 * of school, the share flagged, over several seeds and every year of each region. Run by
 * {@code ./opora quality-flags [seeds] [schools]} and asserted by the test suite.
 */
public final class FlagQuality {

    /** The flags meant to catch each planted kind; recall counts a school caught by any of them. */
    public static final Map<SimulatedRegion.Kind, Set<FlagCode>> MEANT = Map.of(
            SimulatedRegion.Kind.LENIENT_AT_THRESHOLDS, Set.of(FlagCode.BOUNDARY_SPIKE),
            SimulatedRegion.Kind.INFLATED,
                    Set.of(
                            FlagCode.NOT_CONFIRMED_GIA,
                            FlagCode.HIGH_VS_REGION,
                            FlagCode.TERM_MISMATCH,
                            FlagCode.INFLATION),
            SimulatedRegion.Kind.INVERTED, Set.of(FlagCode.DIFFICULTY_INVERSION));

    static final List<FlagCode> STATISTICAL = List.of(
            FlagCode.BOUNDARY_SPIKE,
            FlagCode.DIFFICULTY_INVERSION,
            FlagCode.NOT_CONFIRMED_GIA,
            FlagCode.TERM_MISMATCH,
            FlagCode.INFLATION);

    /** Per kind: school-years seen, flagged per flag, flagged by any flag, caught by the flags meant for it. */
    public static final class Tally {
        int seen;
        final Map<FlagCode, Integer> flagged = new EnumMap<>(FlagCode.class);
        int any;
        int caught;

        public double share(FlagCode code) {
            return seen == 0 ? 0 : (double) flagged.getOrDefault(code, 0) / seen;
        }

        public double any() {
            return seen == 0 ? 0 : (double) any / seen;
        }

        public double recall() {
            return seen == 0 ? 0 : (double) caught / seen;
        }

        public int seen() {
            return seen;
        }
    }

    /** The tallies per kind, and of all clean schools together. */
    public record Report(Map<SimulatedRegion.Kind, Tally> byKind, Tally clean, int seeds, int schools) {

        /** The table of the closing note: flags down, kinds across, percent flagged. */
        public String table() {
            var out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%d seeds × %d schools × 3 years%n", seeds, schools));
            out.append(String.format(Locale.ROOT, "%-22s", "flag \\ school"));
            for (var k : SimulatedRegion.Kind.values()) out.append(String.format(Locale.ROOT, "%23s", k));
            out.append(String.format(Locale.ROOT, "%14s%n", "ALL CLEAN"));
            for (FlagCode code : STATISTICAL) {
                out.append(String.format(Locale.ROOT, "%-22s", code));
                for (var k : SimulatedRegion.Kind.values())
                    out.append(String.format(
                            Locale.ROOT, "%22.1f%%", 100 * byKind.get(k).share(code)));
                out.append(String.format(Locale.ROOT, "%13.2f%%%n", 100 * clean.share(code)));
            }
            out.append(String.format(Locale.ROOT, "%-22s", "any flag"));
            for (var k : SimulatedRegion.Kind.values())
                out.append(String.format(
                        Locale.ROOT, "%22.1f%%", 100 * byKind.get(k).any()));
            out.append(String.format(Locale.ROOT, "%13.2f%%%n", 100 * clean.any()));
            out.append(String.format(Locale.ROOT, "%-22s", "caught by its flags"));
            for (var k : SimulatedRegion.Kind.values())
                out.append(
                        MEANT.containsKey(k)
                                ? String.format(
                                        Locale.ROOT,
                                        "%22.1f%%",
                                        100 * byKind.get(k).recall())
                                : String.format(Locale.ROOT, "%23s", "—"));
            out.append(String.format(Locale.ROOT, "%n%-22s", "school-years"));
            for (var k : SimulatedRegion.Kind.values())
                out.append(String.format(Locale.ROOT, "%23d", byKind.get(k).seen()));
            out.append(String.format(Locale.ROOT, "%14d%n", clean.seen()));
            return out.toString();
        }
    }

    private FlagQuality() {}

    public static Report measure(RuleSet rules, int seeds, int schools, int plantedEach) {
        var byKind = new EnumMap<SimulatedRegion.Kind, Tally>(SimulatedRegion.Kind.class);
        for (var k : SimulatedRegion.Kind.values()) byKind.put(k, new Tally());
        var clean = new Tally();
        var checks = new ObjectivityChecks(rules);
        for (int seed = 1; seed <= seeds; seed++) {
            var region = new SimulatedRegion(seed, schools, plantedEach, 2024, 2025, 2026);
            for (var year : region.byYear().values()) {
                var flags = checks.flags(year);
                for (var school : year) {
                    var kind = region.kind(school.schoolId());
                    var codes = new ArrayList<FlagCode>();
                    flags.getOrDefault(school.schoolId(), List.of()).forEach(f -> codes.add(f.code()));
                    count(byKind.get(kind), codes, MEANT.get(kind));
                    if (!kind.planted()) count(clean, codes, null);
                }
            }
        }
        return new Report(byKind, clean, seeds, schools);
    }

    private static void count(Tally tally, List<FlagCode> codes, Set<FlagCode> meant) {
        tally.seen++;
        codes.forEach(c -> tally.flagged.merge(c, 1, Integer::sum));
        if (!codes.isEmpty()) tally.any++;
        if (meant != null && codes.stream().anyMatch(meant::contains)) tally.caught++;
    }

    /** Prints the table: {@code [seeds] [schools] [planted of each kind]}. */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int schools = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int planted = args.length > 2 ? Integer.parseInt(args[2]) : schools / 20;
        long start = System.nanoTime();
        var report = measure(RuleSet.defaults(), seeds, schools, planted);
        System.out.print(report.table());
        System.out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
