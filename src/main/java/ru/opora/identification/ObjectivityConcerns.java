package ru.opora.identification;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/**
 * Schools whose results are in doubt: they carry an objectivity flag of the year or the year before
 * that is open or confirmed. Such a school is never held up as a model — not «better than
 * expected», not a tutor school — whatever its figures say.
 */
public interface ObjectivityConcerns {

    /** The region's schools in doubt for {@code year}, each with the codes of its flags. */
    Map<UUID, List<String>> of(OrgPath regionPath, int year);

    /** The region's schools with flags of {@code year} or the year before that a reviewer confirmed, and how many. */
    Map<UUID, Integer> confirmed(OrgPath regionPath, int year);
}
