package ru.opora.reporting.notes;

import java.util.List;

/**
 * A note as a sequence of blocks, rendered the same way into DOCX and PDF: headings, paragraphs,
 * tables and bar charts (a chart is data, drawn by each format: a native chart in Word, bars in PDF).
 */
sealed interface Blocks {

    record Heading(String text, int level) implements Blocks {}

    record Paragraph(String text) implements Blocks {}

    /** A line of the official heading, centred under the title. */
    record Centered(String text) implements Blocks {}

    record Table(List<String> headers, List<List<String>> rows) implements Blocks {}

    /** Bars per category for each series (the unit's and the region's), values in per cent. */
    record Chart(String title, List<String> categories, List<Series> series) implements Blocks {}

    record Series(String name, double[] values) {}
}
