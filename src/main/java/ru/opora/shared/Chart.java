package ru.opora.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart as Opora draws them with Chart.js, described by types instead of nested maps: bars or
 * lines over labels, datasets with their colours, and the few options the pages use (a percent
 * scale, horizontal bars, stacking, a title, no legend). {@link #json()} is what a page puts in a
 * {@code data-chart} attribute (the content security policy forbids inline scripts). Values are
 * rounded as the page's tables round them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Chart(String type, Data data, Options options) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The labels along the category axis and the datasets drawn over them. */
    public record Data(List<String> labels, List<Dataset> datasets) {

        public Data {
            labels = List.copyOf(labels);
            datasets = List.copyOf(datasets);
        }
    }

    /**
     * One series. A colour is one CSS colour or one per bar; {@code type} «line» draws it as a line
     * over bars; {@code pointRadius} 0 draws a line without points (a threshold).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dataset(
            String label,
            List<@Nullable Double> data,
            @Nullable Object backgroundColor,
            @Nullable String borderColor,
            @Nullable String type,
            @Nullable Integer pointRadius) {

        /** A series of values rounded to one decimal, as the tables beside the chart show percents. */
        public static Dataset of(String label, List<? extends @Nullable Number> values) {
            return of(label, values, 1);
        }

        public static Dataset of(String label, List<? extends @Nullable Number> values, int decimals) {
            var rounded = new ArrayList<@Nullable Double>(values.size());
            for (Number v : values)
                rounded.add(
                        v == null || Double.isNaN(v.doubleValue()) ? null : Formats.round(v.doubleValue(), decimals));
            return new Dataset(label, rounded, null, null, null, null);
        }

        public Dataset colour(String colour) {
            return new Dataset(label, data, colour, borderColor, type, pointRadius);
        }

        /** A colour per bar. */
        public Dataset colours(List<String> colours) {
            return new Dataset(label, data, List.copyOf(colours), borderColor, type, pointRadius);
        }

        /** Drawn as a line over the bars, in {@code colour}. */
        public Dataset asLine(String colour) {
            return new Dataset(label, data, backgroundColor, colour, "line", pointRadius);
        }

        /** Drawn as a line without points: a threshold or an expectation. */
        public Dataset flat() {
            return new Dataset(label, data, backgroundColor, borderColor, "line", 0);
        }
    }

    /** What Chart.js calls options: the axis of the categories, the scales and the plugins. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Options(
            @Nullable String indexAxis,
            Map<String, Axis> scales,
            @Nullable Plugins plugins) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(
            @Nullable Boolean beginAtZero,
            @Nullable Double max,
            @Nullable Boolean stacked) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Plugins(@Nullable Title title, @Nullable Legend legend) {}

    public record Title(boolean display, String text) {}

    public record Legend(boolean display) {}

    /** Vertical bars over the labels. */
    public static Chart bars(List<String> labels, List<Dataset> datasets) {
        return new Chart("bar", new Data(labels, datasets), new Options(null, Map.of(), null));
    }

    /** Lines over the labels (years, mostly). */
    public static Chart lines(List<String> labels, List<Dataset> datasets) {
        return new Chart("line", new Data(labels, datasets), new Options(null, Map.of(), null));
    }

    /** Bars drawn across: the categories run down the page. */
    public Chart horizontal() {
        return new Chart(type, data, new Options("y", options.scales(), options.plugins()));
    }

    /** The value axis from 0 to 100. */
    public Chart percent() {
        return upTo(100);
    }

    /** The value axis from 0 to {@code max}. */
    public Chart upTo(double max) {
        return withValueAxis(new Axis(true, max, isStacked()));
    }

    /** The value axis from 0, its top left to the data. */
    public Chart fromZero() {
        return withValueAxis(new Axis(true, null, isStacked()));
    }

    /** The datasets piled on each other. */
    public Chart stacked() {
        var scales = new LinkedHashMap<String, Axis>();
        Axis value = options.scales().get(valueAxis());
        scales.put(
                valueAxis(),
                new Axis(value == null ? null : value.beginAtZero(), value == null ? null : value.max(), true));
        scales.put(categoryAxis(), new Axis(null, null, true));
        return new Chart(type, data, new Options(options.indexAxis(), scales, options.plugins()));
    }

    public Chart titled(String text) {
        var legend = options.plugins() == null ? null : options.plugins().legend();
        return new Chart(
                type,
                data,
                new Options(options.indexAxis(), options.scales(), new Plugins(new Title(true, text), legend)));
    }

    public Chart withoutLegend() {
        var title = options.plugins() == null ? null : options.plugins().title();
        return new Chart(
                type, data, new Options(options.indexAxis(), options.scales(), new Plugins(title, new Legend(false))));
    }

    /** The configuration as JSON, for a {@code data-chart} attribute. */
    public String json() {
        return JSON.writeValueAsString(this);
    }

    private Chart withValueAxis(Axis axis) {
        var scales = new LinkedHashMap<>(options.scales());
        scales.put(valueAxis(), axis);
        return new Chart(type, data, new Options(options.indexAxis(), scales, options.plugins()));
    }

    private @Nullable Boolean isStacked() {
        Axis value = options.scales().get(valueAxis());
        return value == null ? null : value.stacked();
    }

    private String valueAxis() {
        return "y".equals(options.indexAxis()) ? "x" : "y";
    }

    private String categoryAxis() {
        return "y".equals(options.indexAxis()) ? "y" : "x";
    }
}
