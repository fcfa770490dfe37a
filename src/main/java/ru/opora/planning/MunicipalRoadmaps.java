package ru.opora.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import ru.opora.orgunits.OrgUnitRef;

/**
 * A municipality's roadmap as other modules add to it: rows they suggest (the mechanism
 * assessment's weak positions) are accepted into it in one step, as rows the coordinator could have
 * typed, so that the roadmap's checker, review and execution treat them like any other.
 */
public interface MunicipalRoadmaps {

    /** A row to add: the measure, what it should produce, its due date and the schools it targets (by code). */
    record Row(
            String title,
            String expectedResult,
            String evidenceForm,
            String responsible,
            LocalDate due,
            List<String> schools) {

        public Row {
            schools = List.copyOf(schools);
        }
    }

    /** What adding came to: the roadmap, the titles added and those it already had. */
    record Added(UUID roadmapId, List<String> added, List<String> alreadyThere) {}

    /** The roadmap cannot take rows now: it is under review or approved (its status's name). */
    final class NotEditable extends RuntimeException {

        private final UUID roadmapId;

        public NotEditable(UUID roadmapId, String status) {
            super("the municipal roadmap is " + status);
            this.roadmapId = roadmapId;
        }

        public UUID roadmapId() {
            return roadmapId;
        }
    }

    /** A row's title as rows are compared: case, surrounding and repeated spaces do not make another row. */
    static String sameTitle(String title) {
        return title.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The titles of the rows of the municipality's roadmap of the year; empty when it has none. */
    Set<String> titles(UUID municipalityId, int year);

    /**
     * Adds the rows (a row whose title the roadmap already has is left out) to the municipality's
     * roadmap of the year, created as a draft when there is none; due dates are kept inside its
     * period. Throws {@link NotEditable} unless the roadmap is a draft or returned.
     */
    Added add(OrgUnitRef municipality, int year, List<Row> rows, String actor, Locale locale);
}
