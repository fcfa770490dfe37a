package ru.opora.assessments;

import java.util.List;
import java.util.UUID;

/** Participant results of an assessment were imported (or replaced) for these schools. */
public record AssessmentResultsImported(UUID assessmentId, List<UUID> schoolIds, int participants, String actor) {}
