package ru.opora.orgunits.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.RegisterEntryChanged;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/**
 * The region's municipalities from a file: «Код муниципалитета; Наименование; ОКТМО; Орган управления
 * образованием», one row each, all or nothing. A known code is updated (its code stays), a new one
 * added under the importer's region; each change is audited like the form's.
 */
@Component
public class MunicipalityImport {

    static final Column CODE = Column.required("Код муниципалитета", "Код", "Код МО");
    static final Column NAME = Column.required("Наименование", "Муниципалитет", "Наименование муниципалитета");
    static final Column OKTMO = Column.optional("ОКТМО");
    static final Column AUTHORITY = Column.optional("Орган управления образованием", "Орган управления");
    static final List<Column> COLUMNS = List.of(CODE, NAME, OKTMO, AUTHORITY);

    private static final Pattern CODE_FORM = Pattern.compile("[0-9A-Za-zА-Яа-яЁё._-]{1,32}");
    private static final Pattern OKTMO_FORM = Pattern.compile("\\d{8}(\\d{3})?");

    /** A row as read: the municipality, new or known. */
    record Entry(
            String code,
            String name,
            @Nullable String oktmo,
            @Nullable String authority) {}

    private final Municipalities municipalities;
    private final ApplicationEventPublisher events;

    MunicipalityImport(Municipalities municipalities, ApplicationEventPublisher events) {
        this.municipalities = municipalities;
        this.events = events;
    }

    /** Checks the file and, unless {@code dryRun}, writes it; only a region-wide scope may. */
    @Transactional
    public ImportReport importFile(TabularImport.Upload upload, Scope scope, String actor, boolean dryRun) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region keeps its municipalities");
        OrgPath region = scope.region();
        var known = new HashMap<String, Municipalities.Located>();
        var byOktmo = new HashMap<String, String>();
        for (var m : municipalities.all()) {
            known.put(m.municipality().code(), m);
            if (m.municipality().oktmo() != null)
                byOktmo.put(m.municipality().oktmo(), m.municipality().code());
        }
        var reading = TabularImport.read(upload, COLUMNS, new Reader(region, known, byOktmo));
        return dryRun
                ? reading.check(rows -> ImportReport.Tally.sum(rows, r -> plan(r, known, region)))
                : reading.commit(rows -> ImportReport.Tally.sum(rows, r -> write(r, known, region, actor)));
    }

    private static ImportReport.Tally plan(Entry e, Map<String, Municipalities.Located> known, OrgPath region) {
        var existing = known.get(e.code());
        if (existing == null) return new ImportReport.Tally(1, 0, 0);
        return changed(existing.municipality(), e) ? new ImportReport.Tally(0, 1, 0) : new ImportReport.Tally(0, 0, 1);
    }

    private ImportReport.Tally write(Entry e, Map<String, Municipalities.Located> known, OrgPath region, String actor) {
        var existing = known.get(e.code());
        if (existing == null) {
            var m = new Municipality(
                    UUID.randomUUID(), region.regionId(), e.code(), e.name(), e.authority(), e.oktmo());
            municipalities.insert(m, region);
            events.publishEvent(new RegisterEntryChanged(
                    actor, region.child(m.id()), OrgUnitKind.MUNICIPALITY, m.id(), m.name(), null, m.auditState()));
            return new ImportReport.Tally(1, 0, 0);
        }
        var before = existing.municipality();
        if (!changed(before, e)) return new ImportReport.Tally(0, 0, 1);
        var after = new Municipality(before.id(), before.regionId(), before.code(), e.name(), e.authority(), e.oktmo());
        municipalities.update(after);
        events.publishEvent(new RegisterEntryChanged(
                actor,
                existing.path(),
                OrgUnitKind.MUNICIPALITY,
                after.id(),
                after.name(),
                before.auditState(),
                after.auditState()));
        return new ImportReport.Tally(0, 1, 0);
    }

    private static boolean changed(Municipality m, Entry e) {
        return !m.name().equals(e.name())
                || !Objects.equals(m.oktmo(), e.oktmo())
                || !Objects.equals(m.authorityName(), e.authority());
    }

    /** One row: the code's form, a code of another region, ОКТМО's form and uniqueness. */
    private static final class Reader implements TabularImport.RowReader<Entry> {

        private final OrgPath region;
        private final Map<String, Municipalities.Located> known;
        private final Map<String, String> byOktmo;
        private final UniqueKeys codes = new UniqueKeys("MUN-E002");
        private final UniqueKeys oktmos = new UniqueKeys("MUN-E003");

        Reader(OrgPath region, Map<String, Municipalities.Located> known, Map<String, String> byOktmo) {
            this.region = region;
            this.known = known;
            this.byOktmo = byOktmo;
        }

        @Override
        public @Nullable Entry read(Row row) {
            String code = row.required(CODE);
            String name = row.text(NAME, 300);
            String oktmo = row.text(OKTMO).strip();
            String authority = row.text(AUTHORITY, 300);
            if (!code.isEmpty() && !CODE_FORM.matcher(code).matches()) row.problem("MUN-E001", CODE, code, "");
            var other = known.get(code);
            if (other != null && !region.contains(other.path())) row.problem("MUN-E006", CODE, code, "");
            if (!oktmo.isEmpty()) {
                if (!OKTMO_FORM.matcher(oktmo).matches()) row.problem("MUN-E004", OKTMO, oktmo, "");
                String holder = byOktmo.get(oktmo);
                if (holder != null && !holder.equals(code)) row.problem("MUN-E005", OKTMO, oktmo, holder);
            }
            codes.add(row, CODE, code);
            if (!oktmo.isEmpty()) oktmos.add(row, OKTMO, oktmo);
            if (!row.ok() || name == null || name.isBlank()) return null;
            return new Entry(code, name.strip(), oktmo.isEmpty() ? null : oktmo, blank(authority));
        }

        private static @Nullable String blank(@Nullable String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
