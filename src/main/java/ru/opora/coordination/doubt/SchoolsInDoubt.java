package ru.opora.coordination.doubt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SkillRates;
import ru.opora.identification.ObjectivityConcerns;
import ru.opora.orgunits.OrgPath;

/**
 * The schools of a region that are never held up as a model — not published in the bank, not a
 * consulting centre, not proposed as strong: those with objectivity flags open or confirmed of the
 * region's latest ВПР year or the year before it, or of this year or the last (results of this
 * spring may not be loaded yet).
 */
@Component
public class SchoolsInDoubt {

    private final ObjectivityConcerns concerns;
    private final SkillRates rates;
    private final Clock clock;

    SchoolsInDoubt(ObjectivityConcerns concerns, SkillRates rates, Clock clock) {
        this.concerns = concerns;
        this.rates = rates;
        this.clock = clock;
    }

    public Set<UUID> of(OrgPath region) {
        var years = new TreeSet<Integer>();
        years.add(LocalDate.now(clock).getYear());
        rates.years(region.region()).stream().findFirst().ifPresent(years::add);
        var doubt = new HashSet<UUID>();
        // each read covers its year and the year before
        for (int year : years) doubt.addAll(concerns.of(region.region(), year).keySet());
        return doubt;
    }
}
