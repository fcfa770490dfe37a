package ru.opora.identification;

import java.util.UUID;

/**
 * A reviewer confirmed, dismissed or reopened one of a school's objectivity flags. A confirmed flag
 * is part of the school's risk profile («объективность результатов»), so profiles follow.
 */
public record ObjectivityFlagReviewed(UUID schoolId, int year, String status) {}
