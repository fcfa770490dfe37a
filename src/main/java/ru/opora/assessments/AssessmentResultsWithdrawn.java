package ru.opora.assessments;

import java.util.List;
import java.util.UUID;

/** An assessment's results were withdrawn for these schools (a wrong file, a school's results annulled). */
public record AssessmentResultsWithdrawn(UUID assessmentId, List<UUID> schoolIds, String reason, String actor) {}
