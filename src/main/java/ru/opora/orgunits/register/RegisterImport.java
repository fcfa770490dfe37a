package ru.opora.orgunits.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.RegisterEntryChanged;
import ru.opora.orgunits.SchoolMoved;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UnreadableFile;
import ru.opora.shared.importing.UploadedSheet;

/**
 * Imports a register file through the import pipeline: rows read, the municipalities and existing
 * schools they refer to loaded in bulk, set-level rules checked, and only then all of it written in
 * one transaction. A file with any problem changes nothing. A re-import updates schools by code; each
 * added or changed school is published as {@link RegisterEntryChanged} for the audit log, and a
 * school named under another municipality as {@link SchoolMoved}.
 */
@Component
public class RegisterImport {

    private static final List<DraftValidator> VALIDATORS =
            List.of(new DuplicateCodes(), new CodesInScope(), new BranchLinks());

    private final Schools schools;
    private final Municipalities municipalities;
    private final RegisterUploads uploads;
    private final ApplicationEventPublisher events;
    private final long maxBytes;

    RegisterImport(
            Schools schools,
            Municipalities municipalities,
            RegisterUploads uploads,
            ApplicationEventPublisher events,
            @Value("${opora.register.max-upload-size}") DataSize maxUploadSize) {
        this.schools = schools;
        this.municipalities = municipalities;
        this.uploads = uploads;
        this.events = events;
        this.maxBytes = maxUploadSize.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The report for a file refused by its size alone, before it is read or stored. */
    ImportReport tooLarge(String fileName, long size) {
        return ImportReport.refused(
                fileName,
                ImportProblem.of(new UnreadableFile(
                        "FILE-E002", fileName, UploadedSheet.megabytes(size), UploadedSheet.megabytes(maxBytes))));
    }

    UUID stage(String fileName, byte[] content, String actor) {
        return uploads.stage(fileName, content, actor);
    }

    /** The dry run: what a commit of the staged file would do, changing nothing. */
    @Transactional(readOnly = true)
    ImportReport dryRun(UUID uploadId, Scope scope, String actor) {
        var upload = uploads.find(uploadId, actor).orElseThrow(() -> new UploadNotFound(uploadId));
        return plan(upload.fileName(), upload.content(), scope)
                .check(plans -> plans.getFirst().tally());
    }

    /** Validates the staged file again (the register may have changed since the dry run) and applies it. */
    @Transactional
    ImportReport commit(UUID uploadId, Scope scope, String actor) {
        var upload = uploads.find(uploadId, actor).orElseThrow(() -> new UploadNotFound(uploadId));
        var report = plan(upload.fileName(), upload.content(), scope).commit(plans -> apply(plans, actor));
        if (report.committed()) uploads.delete(uploadId);
        return report;
    }

    /** Reads and validates in one go: used by the API and the demo generator. */
    @Transactional
    public ImportReport importNow(String fileName, byte[] content, Scope scope, String actor, boolean dryRun) {
        var reading = plan(fileName, content, scope);
        return dryRun ? reading.check(plans -> plans.getFirst().tally()) : reading.commit(plans -> apply(plans, actor));
    }

    /** The file read into one plan (the whole file's changes), or its problems. */
    private TabularImport.Reading<Plan> plan(String fileName, byte[] content, Scope scope) {
        var inScope = new ArrayList<>(municipalities.inScope(scope));
        var known = new RegisterContext(scope, inScope, Map.of());
        var taken = new HashSet<String>();
        municipalities.all().forEach(m -> taken.add(m.municipality().code()));
        var reader = new RegisterRowReader(
                name -> known.municipality(name).isPresent(), taken::contains, scope.isRegionWide());
        var reading = read(fileName, content, reader);
        var drafts = reading.entries();
        if (!reading.problems().isEmpty()) return reading.asOne(null);
        var founded = new ArrayList<Municipalities.Located>();
        reader.founded().forEach((code, name) -> {
            var region = scope.region();
            var m = new Municipality(UUID.randomUUID(), region.regionId(), code, name, null, null);
            founded.add(new Municipalities.Located(m, region.child(m.id())));
        });
        inScope.addAll(founded);
        var codes = new HashSet<String>();
        for (SchoolDraft d : drafts) {
            codes.add(d.code());
            if (d.branchOfCode() != null) codes.add(d.branchOfCode());
        }
        var context = new RegisterContext(scope, inScope, schools.byCodes(codes));
        for (DraftValidator v : VALIDATORS) v.validate(drafts, context, reading.problems());
        return reading.asOne(reading.problems().isEmpty() ? Plan.of(drafts, context, schools, founded) : null);
    }

    private static TabularImport.Reading<SchoolDraft> read(String fileName, byte[] content, RegisterRowReader reader) {
        Path temp = null;
        try {
            temp = Files.createTempFile("opora-register-", ".upload");
            Files.write(temp, content);
            return TabularImport.read(
                    new TabularImport.Upload(fileName, temp, Long.MAX_VALUE), RegisterColumn.ALL, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) temp.toFile().delete();
        }
    }

    private ImportReport.Tally apply(List<Plan> plans, String actor) {
        Plan plan = plans.getFirst();
        for (var founded : plan.founded) {
            var m = founded.municipality();
            municipalities.insert(m, founded.path().region());
            events.publishEvent(new RegisterEntryChanged(
                    actor, founded.path(), OrgUnitKind.MUNICIPALITY, m.id(), m.name(), null, m.auditState()));
        }
        for (Change c : plan.changes) {
            if (c.before == null) schools.insert(c.school, c.municipalityPath);
            else if (!c.unchanged()) schools.update(c.school, c.municipalityPath);
            if (c.moved())
                events.publishEvent(
                        new SchoolMoved(c.school.id(), Objects.requireNonNull(c.previousPath), c.path(), actor));
        }
        for (Change c : plan.changes) {
            UUID head = c.branchOfCode == null ? null : plan.idByCode.get(c.branchOfCode);
            if (!Objects.equals(head, c.school.branchOf())) schools.linkBranch(c.school.id(), head);
        }
        for (Change c : plan.changes) {
            if (c.unchanged()) continue;
            events.publishEvent(new RegisterEntryChanged(
                    actor,
                    c.path(),
                    OrgUnitKind.SCHOOL,
                    c.school.id(),
                    c.school.code() + " " + c.school.shortName(),
                    c.before,
                    c.after));
        }
        return plan.tally();
    }

    /** One row's effect on the register. */
    private record Change(
            School school,
            @Nullable OrgPath previousPath,
            OrgPath municipalityPath,
            @Nullable String branchOfCode,
            @Nullable Map<String, Object> before,
            Map<String, Object> after) {

        boolean unchanged() {
            return after.equals(before);
        }

        boolean moved() {
            return previousPath != null && !previousPath.equals(path());
        }

        OrgPath path() {
            return municipalityPath.child(school.id());
        }
    }

    /** What a whole file does to the register. */
    private static final class Plan {
        final List<Change> changes = new ArrayList<>();
        final Map<String, UUID> idByCode = new HashMap<>();
        final List<Municipalities.Located> founded = new ArrayList<>();

        static Plan of(
                List<SchoolDraft> drafts,
                RegisterContext context,
                Schools schools,
                List<Municipalities.Located> founded) {
            var plan = new Plan();
            plan.founded.addAll(founded);
            var knownIds = new HashSet<UUID>();
            for (SchoolDraft d : drafts) {
                var existing = context.existing(d.code());
                plan.idByCode.put(d.code(), existing.map(e -> e.school().id()).orElseGet(UUID::randomUUID));
                existing.ifPresent(e -> {
                    knownIds.add(e.school().municipalityId());
                    if (e.school().branchOf() != null) knownIds.add(e.school().branchOf());
                });
            }
            for (SchoolDraft d : drafts) {
                if (d.branchOfCode() != null && !plan.idByCode.containsKey(d.branchOfCode()))
                    context.existing(d.branchOfCode())
                            .ifPresent(e -> plan.idByCode.put(
                                    d.branchOfCode(), e.school().id()));
            }
            Map<UUID, String> codes = schools.codesOf(knownIds);
            for (SchoolDraft d : drafts) plan.changes.add(change(d, context, plan.idByCode.get(d.code()), codes));
            return plan;
        }

        private static Change change(SchoolDraft d, RegisterContext context, UUID id, Map<UUID, String> codes) {
            var municipality = context.municipality(d.municipality()).orElseThrow();
            var existing = context.existing(d.code());
            School school = d.toSchool(
                    id,
                    municipality.municipality().id(),
                    existing.map(e -> e.school().branchOf()).orElse(null));
            Map<String, Object> before = existing.map(e -> e.school()
                            .auditState(
                                    codes.get(e.school().municipalityId()),
                                    e.school().branchOf() == null
                                            ? null
                                            : codes.get(e.school().branchOf())))
                    .orElse(null);
            Map<String, Object> after =
                    school.auditState(municipality.municipality().code(), d.branchOfCode());
            return new Change(
                    school,
                    existing.map(Schools.Located::path).orElse(null),
                    municipality.path(),
                    d.branchOfCode(),
                    before,
                    after);
        }

        /** Added, updated and unchanged schools. */
        ImportReport.Tally tally() {
            int added = 0, updated = 0, unchanged = 0;
            for (Change c : changes) {
                if (c.before == null) added++;
                else if (c.unchanged()) unchanged++;
                else updated++;
            }
            return new ImportReport.Tally(added, updated, unchanged);
        }
    }

    /** The staged upload is gone (committed already, expired, or someone else's). */
    static final class UploadNotFound extends RuntimeException {
        UploadNotFound(UUID id) {
            super("register upload " + id + " not found");
        }
    }
}
