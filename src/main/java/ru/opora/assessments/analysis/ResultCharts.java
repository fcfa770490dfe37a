package ru.opora.assessments.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import ru.opora.assessments.results.ResultAggregate;
import ru.opora.shared.Chart;
import ru.opora.shared.Formats;

/** The charts of the results pages: marks, task solve rates and dynamics, each beside its table. */
final class ResultCharts {

    private ResultCharts() {}

    /** A line per indicator over the years: share of «2» and quality. */
    static Chart dynamics(List<Measures> years, String share2Label, String kachestvoLabel) {
        return Chart.lines(
                        years.stream().map(Measures::name).toList(),
                        List.of(
                                Chart.Dataset.of(
                                        share2Label,
                                        years.stream().map(Measures::share2).toList()),
                                Chart.Dataset.of(
                                        kachestvoLabel,
                                        years.stream().map(Measures::kachestvo).toList())))
                .percent();
    }

    /** The share of each mark, one series per unit (school, municipality, region). */
    static Chart marks(Map<String, ResultAggregate> series) {
        var datasets = new ArrayList<Chart.Dataset>();
        series.forEach((label, agg) -> datasets.add(Chart.Dataset.of(
                label, Arrays.stream(Measures.markShares(agg)).boxed().toList())));
        return Chart.bars(List.of("«2»", "«3»", "«4»", "«5»"), datasets).percent();
    }

    /** Task solve rates of the school (or class) and the region, with the absolute threshold as a line. */
    static Chart tasks(List<TaskLine> tasks, String ownLabel, String regionLabel, double threshold) {
        return Chart.bars(
                        tasks.stream().map(TaskLine::number).toList(),
                        List.of(
                                Chart.Dataset.of(
                                        ownLabel,
                                        tasks.stream().map(TaskLine::school).toList()),
                                Chart.Dataset.of(
                                        regionLabel,
                                        tasks.stream().map(TaskLine::region).toList()),
                                Chart.Dataset.of(
                                                Formats.upTo(threshold, 1) + " %",
                                                tasks.stream()
                                                        .map(t -> threshold)
                                                        .toList())
                                        .flat()))
                .percent();
    }
}
