package ru.opora.identification.engine;

import java.lang.management.ManagementFactory;
import java.util.Set;
import ru.opora.identification.engine.Verdict.Outcome;

/**
 * {@code ./opora benchmark-identification [schools]}: identification and every objectivity check
 * over a synthetic country's school aggregates (default 40,000 schools, ten ВПР each a year, ОГЭ
 * and ЕГЭ), timed after a warm-up. Prints the figures of docs/benchmarks.md.
 */
public final class IdentificationBenchmark {

    private IdentificationBenchmark() {}

    public static void main(String[] args) {
        int schools = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        long start = System.nanoTime();
        var region = new SyntheticRegion(2026, schools, schools / 20, schools / 30);
        System.out.printf(
                "generated   %,d schools × %d years of ВПР aggregates (10 a year), ОГЭ and ЕГЭ in %.1f s%n",
                schools, SyntheticRegion.YEARS.length, (System.nanoTime() - start) / 1e9);
        var engine = new Identification(RuleSet.defaults());
        engine.run(2026, region.byYear, Set.of()); // warm-up
        long best = Long.MAX_VALUE;
        Identification.Result result = null;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            result = engine.run(2026, region.byYear, Set.of());
            best = Math.min(best, System.nanoTime() - t);
        }
        long candidates = result.verdicts().stream()
                .filter(v -> v.outcome() == Outcome.CANDIDATE)
                .count();
        long flagged = result.flags().size();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(
                "identify    %,d schools in %.2f s (best of 3 after a warm-up): the rule over 2 years, %,d candidates%n",
                result.verdicts().size(), best / 1e9, candidates);
        System.out.printf("objectivity all seven checks included in that time: %,d schools flagged%n", flagged);
        System.out.printf(
                "heap        %d MB used after the runs (max %d MB)%n", heap.getUsed() >> 20, heap.getMax() >> 20);
    }
}
