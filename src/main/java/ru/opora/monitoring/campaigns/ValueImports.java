package ru.opora.monitoring.campaigns;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/**
 * A campaign's values loaded from the municipality's Excel file, all or nothing, while the campaign
 * is open; the values enter the same checking as those the schools type.
 */
@Component
class ValueImports {

    private final CampaignValues values;
    private final Campaigns campaigns;
    private final OrgUnits orgUnits;
    private final AuditLog audit;

    ValueImports(CampaignValues values, Campaigns campaigns, OrgUnits orgUnits, AuditLog audit) {
        this.values = values;
        this.campaigns = campaigns;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    @RequiresPermission(Permission.MONITORING_IMPORT)
    @Transactional
    public ImportReport load(Campaign c, TabularImport.Upload upload, Scope scope, String actor) {
        var paths = campaigns.schools(c, scope);
        var byCode = new HashMap<String, OrgUnitRef>();
        for (OrgUnitRef s : orgUnits.byIds(paths.keySet())) byCode.put(s.code(), s);
        var stored = values.of(c, scope);
        var report = TabularImport.read(upload, ValuesReader.columns(c), new ValuesReader(c, byCode, stored))
                .commit(rows -> {
                    int changed = 0;
                    int kept = 0;
                    for (var e : rows) {
                        var before = stored.getOrDefault(e.school().id(), Map.of());
                        int n = values.write(
                                c, e.school().id(), e.school().path(), withEvidence(e, before), before, actor);
                        if (n > 0) changed++;
                        else kept++;
                    }
                    return new ImportReport.Tally(0, changed, kept);
                });
        audit.recordImport(actor, "MONITORING_VALUES", report);
        return report;
    }

    /** A blank evidence cell keeps the link the value had. */
    private static Map<String, CampaignValues.Typed> withEvidence(
            ValuesReader.Entry e, Map<String, CampaignValues.Value> before) {
        var typed = new LinkedHashMap<String, CampaignValues.Typed>();
        e.typed().forEach((code, t) -> {
            var old = before.get(code);
            typed.put(
                    code,
                    t.evidence() == null && old != null ? new CampaignValues.Typed(t.value(), old.evidenceUrl()) : t);
        });
        return typed;
    }

    /** The template: the campaign's schools in the scope with the values they have, ready to fill in. */
    ru.opora.shared.Table template(Campaign c, Scope scope, String title) {
        var columns = ValuesReader.columns(c);
        var headers =
                columns.stream().map(ru.opora.shared.importing.Column::header).toList();
        var paths = campaigns.schools(c, scope);
        var stored = values.of(c, scope);
        var rows = new java.util.ArrayList<List<?>>();
        for (OrgUnitRef s : orgUnits.byIds(paths.keySet())) {
            var row = new java.util.ArrayList<@org.jspecify.annotations.Nullable Object>();
            row.add(s.code());
            for (var i : c.indicators()) {
                if (i.computed()) continue;
                var v = stored.getOrDefault(s.id(), Map.of()).get(i.code());
                row.add(v == null ? null : v.value());
                row.add(v == null ? null : v.evidenceUrl());
            }
            rows.add(row);
        }
        rows.sort(java.util.Comparator.comparing(r -> String.valueOf(r.getFirst())));
        return new ru.opora.shared.Table(title, headers, rows);
    }
}
