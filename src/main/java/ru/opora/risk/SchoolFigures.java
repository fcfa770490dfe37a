package ru.opora.risk;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/**
 * The named figures of the region's schools for a cohort year — the register's statistics, the
 * newest ВПР and ОГЭ/ЕГЭ up to the year, the questionnaires' aggregates, confirmed objectivity
 * flags — that risk indicators' formulas read. Monitoring computes its indicators from the same
 * figures with the same formula engine, so that one «доля «2»» means one thing in Opora.
 */
public interface SchoolFigures {

    /** Every school of the region with its figures; a figure without data is absent, never zero. */
    Map<UUID, Map<String, Double>> of(OrgPath regionPath, int year);

    /** The names a formula may use. */
    Set<String> names();
}
