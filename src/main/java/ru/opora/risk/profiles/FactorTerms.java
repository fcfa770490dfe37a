package ru.opora.risk.profiles;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.shared.AuditTerms;
import tools.jackson.databind.json.JsonMapper;

/**
 * Risk factors by name in the audit log (curators' expertise, a practice's risks, a self-diagnosis):
 * the name the newest catalogue that has the factor gives it, else the shipped catalogue's. A factor
 * a region renamed reads by its new name, as on every other page.
 */
@Component
class FactorTerms implements AuditTerms {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FactorTerms(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String vocabulary() {
        return "riskFactor";
    }

    @Override
    public Optional<String> name(String code, Locale locale) {
        var stored = jdbc.sql("""
                        select f::text from risk.catalogue c, jsonb_array_elements(c.content -> 'factors') f
                        where f ->> 'code' = ? order by c.cohort_year desc, c.version desc limit 1""")
                .param(code)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, Factor.class));
        return stored.or(() -> json.readValue(Catalogues.shipped(), RiskCatalogue.class)
                        .factor(code))
                .map(f -> f.name(locale));
    }
}
