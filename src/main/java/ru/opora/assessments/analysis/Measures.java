package ru.opora.assessments.analysis;

import ru.opora.assessments.results.ResultAggregate;

/**
 * One line of indicators (docs/domain.md §6.3–6.4 of this repository) for a school, municipality, region or class, as the
 * pages and exports show it.
 */
public record Measures(
        String name,
        int participants,
        double share2,
        double uspevaemost,
        double kachestvo,
        double meanMark,
        double meanPercent,
        int withJournal,
        double lowered,
        double confirmed,
        double raised) {

    static Measures of(String name, ResultAggregate a, int maxPrimary) {
        return new Measures(
                name,
                a.participants(),
                a.share2(),
                a.uspevaemost(),
                a.kachestvo(),
                a.meanMark(),
                a.meanPercent(maxPrimary),
                a.withJournal(),
                a.lowered(),
                a.confirmed(),
                a.raised());
    }

    /** Percent of each mark 2..5, for the distribution chart. */
    static double[] markShares(ResultAggregate a) {
        double[] shares = new double[4];
        for (int m = 2; m <= 5; m++) shares[m - 2] = a.participants() == 0 ? 0 : 100.0 * a.marks(m) / a.participants();
        return shares;
    }
}
