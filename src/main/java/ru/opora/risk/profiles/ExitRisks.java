package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identification.ExitRiskCondition;
import ru.opora.risk.engine.FactorResult;
import ru.opora.risk.engine.Level;

/**
 * Answers the exit rule's risk condition (docs/domain.md §6.6): every risk the school chose in its newest
 * self-diagnosis up to the year is at most MEDIUM in the newest profile of that cohort.
 */
@Component
class ExitRisks implements ExitRiskCondition {

    private static final java.util.Locale RU = java.util.Locale.forLanguageTag("ru");

    private final JdbcClient jdbc;
    private final SelfDiagnoses selfDiagnoses;
    private final Profiles profiles;
    private final Catalogues catalogues;
    private final org.springframework.context.MessageSource messages;

    ExitRisks(
            JdbcClient jdbc,
            SelfDiagnoses selfDiagnoses,
            Profiles profiles,
            Catalogues catalogues,
            org.springframework.context.MessageSource messages) {
        this.catalogues = catalogues;
        this.messages = messages;
        this.jdbc = jdbc;
        this.selfDiagnoses = selfDiagnoses;
        this.profiles = profiles;
    }

    @Override
    public Check check(UUID schoolId, int year) {
        var cohort = jdbc.sql(
                        "select max(cohort_year) from risk.self_diagnosis where school_id = ? and cohort_year <= ?")
                .params(schoolId, year)
                .query(Integer.class)
                .optional();
        var diagnosis = cohort.flatMap(y -> selfDiagnoses.find(schoolId, y));
        var profile = cohort.flatMap(y -> profiles.current(schoolId, y));
        if (diagnosis.isEmpty() || profile.isEmpty()) return new Check(Outcome.UNKNOWN, msg("risk.exit.noData"));
        var chosen = diagnosis.get().selected();
        if (chosen.isEmpty()) return new Check(Outcome.UNKNOWN, msg("risk.exit.noChoice"));
        var words = new ArrayList<String>();
        boolean met = true;
        // the history is read by people: factors by their names, not their codes
        var catalogue = catalogues.inForce(profile.get().schoolPath().regionId(), cohort.get());
        for (String code : chosen) {
            Level level = profile.get().entry(code).map(FactorResult::level).orElse(Level.NONE);
            String name = catalogue
                    .factor(code)
                    .map(ru.opora.risk.engine.Factor::nameRu)
                    .orElse(code);
            words.add("«" + name + "» — " + msg("risk.level." + level).toLowerCase(java.util.Locale.ROOT));
            if (!level.atMost(Level.MEDIUM)) met = false;
        }
        return new Check(met ? Outcome.MET : Outcome.NOT_MET, cohort.get() + ": " + String.join(", ", words));
    }

    private String msg(String key) {
        return messages.getMessage(key, null, RU);
    }
}
