package ru.opora.support;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which steps of the cycle (docs/domain.md §8.1) each school has done, answered by the modules that own
 * the facts: risk (questionnaires, profile, self-diagnosis) and planning (documents approved,
 * implementation started). Support asks every implementation and joins the answers; no module
 * depends on another's tables.
 */
public interface CycleProgress {

    /** The codes of the steps done, by school; a school with none may be absent. */
    Map<UUID, Set<String>> done(Collection<UUID> schools, int year);
}
