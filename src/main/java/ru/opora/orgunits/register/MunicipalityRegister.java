package ru.opora.orgunits.register;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.RegisterEntryChanged;
import ru.opora.orgunits.Scope;

/** Adds and edits municipalities within the admin's region; each change is audited. */
@Component
class MunicipalityRegister {

    private final Municipalities municipalities;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MunicipalityRegister(Municipalities municipalities, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    UUID add(MunicipalityForm form, Scope scope, String actor) {
        var region = jdbc.sql("select id, path from orgunits.org_unit where kind = 'REGION' and "
                        + scope.sqlCondition("path") + " order by path limit 1")
                .query((rs, n) -> OrgPath.parse(rs.getString("path")))
                .optional()
                .orElseThrow(() -> new AccessDeniedException("no region in scope"));
        if (municipalities.findByCode(form.code().strip()).isPresent()) throw new MunicipalityForm.CodeTaken();
        var m = form.toMunicipality(UUID.randomUUID(), region.regionId());
        municipalities.insert(m, region);
        events.publishEvent(new RegisterEntryChanged(
                actor, region.child(m.id()), OrgUnitKind.MUNICIPALITY, m.id(), m.name(), null, m.auditState()));
        return m.id();
    }

    @Transactional
    void change(UUID id, MunicipalityForm form, Scope scope, String actor) {
        var existing = municipalities
                .find(id)
                .filter(l -> scope.permits(l.path()))
                .orElseThrow(() -> new AccessDeniedException("outside scope"));
        var before = existing.municipality().auditState();
        // the code identifies the municipality in files and paths of other systems: it is kept
        var m = form.toMunicipality(id, existing.municipality().regionId())
                .withCode(existing.municipality().code());
        municipalities.update(m);
        if (!before.equals(m.auditState()))
            events.publishEvent(new RegisterEntryChanged(
                    actor, existing.path(), OrgUnitKind.MUNICIPALITY, id, m.name(), before, m.auditState()));
    }
}
