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
import ru.opora.shared.ImportProblem;
import ru.opora.shared.UnreadableFile;

/**
 * Imports a register file (the DHIS2-style pipeline of style.md §8): read rows, preload what they
 * refer to in bulk, validate, and only then write all of it in one transaction. A file with any
 * problem changes nothing. A re-import updates schools by code; each added or changed school is
 * published as {@link RegisterEntryChanged} for the audit log.
 */
@Component
class RegisterImport {

    static final int MAX_PROBLEMS_SHOWN = 500;

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
        var problem = ImportProblem.of(new UnreadableFile(
                "FILE-E002",
                fileName,
                ru.opora.shared.UploadedSheet.megabytes(size),
                ru.opora.shared.UploadedSheet.megabytes(maxBytes)));
        return ImportReport.rejected(fileName, List.of(problem), 0);
    }

    UUID stage(String fileName, byte[] content, String actor) {
        return uploads.stage(fileName, content, actor);
    }

    /** The dry run: what a commit of the staged file would do, changing nothing. */
    @Transactional(readOnly = true)
    ImportReport dryRun(UUID uploadId, Scope scope, String actor) {
        var upload = uploads.find(uploadId, actor).orElseThrow(() -> new UploadNotFound(uploadId));
        Plan plan = plan(upload.fileName(), upload.content(), scope);
        if (!plan.problems.isEmpty()) return ImportReport.rejected(upload.fileName(), plan.problems, plan.dataRows);
        return plan.report(upload.fileName(), false, uploadId);
    }

    /** Validates the staged file again (the register may have changed since the dry run) and applies it. */
    @Transactional
    ImportReport commit(UUID uploadId, Scope scope, String actor) {
        var upload = uploads.find(uploadId, actor).orElseThrow(() -> new UploadNotFound(uploadId));
        Plan plan = plan(upload.fileName(), upload.content(), scope);
        if (!plan.problems.isEmpty()) return ImportReport.rejected(upload.fileName(), plan.problems, plan.dataRows);
        apply(plan, actor);
        uploads.delete(uploadId);
        return plan.report(upload.fileName(), true, null);
    }

    /** Reads and validates in one go: used by the API and the demo generator. */
    @Transactional
    ImportReport importNow(String fileName, byte[] content, Scope scope, String actor, boolean dryRun) {
        Plan plan = plan(fileName, content, scope);
        if (!plan.problems.isEmpty()) return ImportReport.rejected(fileName, plan.problems, plan.dataRows);
        if (dryRun) return plan.report(fileName, false, null);
        apply(plan, actor);
        return plan.report(fileName, true, null);
    }

    private Plan plan(String fileName, byte[] content, Scope scope) {
        var inScope = municipalities.inScope(scope);
        var known = new RegisterContext(scope, inScope, Map.of());
        RegisterFile file =
                readFile(fileName, content, name -> known.municipality(name).isPresent());
        var plan = new Plan(file);
        if (!file.problems.isEmpty() || file.drafts.isEmpty()) return plan;
        var codes = new HashSet<String>();
        for (SchoolDraft d : file.drafts) {
            codes.add(d.code());
            if (d.branchOfCode() != null) codes.add(d.branchOfCode());
        }
        var context = new RegisterContext(scope, inScope, schools.byCodes(codes));
        for (DraftValidator v : VALIDATORS) v.validate(file.drafts, context, plan.problems);
        plan.problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        if (plan.problems.isEmpty()) plan.resolve(context, schools);
        return plan;
    }

    private static RegisterFile readFile(
            String fileName, byte[] content, java.util.function.Predicate<String> knownMunicipality) {
        Path temp = null;
        try {
            temp = Files.createTempFile("opora-register-", ".upload");
            Files.write(temp, content);
            return RegisterFile.read(fileName, temp, Long.MAX_VALUE, knownMunicipality);
        } catch (UnreadableFile e) {
            return RegisterFile.failed(ImportProblem.of(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) temp.toFile().delete();
        }
    }

    private void apply(Plan plan, String actor) {
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

    private static final class Plan {
        final List<ImportProblem> problems;
        final int dataRows;
        final List<SchoolDraft> drafts;
        final List<Change> changes = new ArrayList<>();
        final Map<String, UUID> idByCode = new HashMap<>();

        Plan(RegisterFile file) {
            this.problems = file.problems;
            this.dataRows = file.dataRows;
            this.drafts = file.drafts;
        }

        void resolve(RegisterContext context, Schools schools) {
            var knownIds = new HashSet<UUID>();
            for (SchoolDraft d : drafts) {
                var existing = context.existing(d.code());
                UUID id = existing.map(e -> e.school().id()).orElseGet(UUID::randomUUID);
                idByCode.put(d.code(), id);
                existing.ifPresent(e -> {
                    knownIds.add(e.school().municipalityId());
                    if (e.school().branchOf() != null) knownIds.add(e.school().branchOf());
                });
            }
            for (SchoolDraft d : drafts) {
                if (d.branchOfCode() != null && !idByCode.containsKey(d.branchOfCode()))
                    context.existing(d.branchOfCode())
                            .ifPresent(e ->
                                    idByCode.put(d.branchOfCode(), e.school().id()));
            }
            Map<UUID, String> codes = schools.codesOf(knownIds);
            for (SchoolDraft d : drafts) {
                var municipality = context.municipality(d.municipality()).orElseThrow();
                var existing = context.existing(d.code());
                UUID id = idByCode.get(d.code());
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
                changes.add(new Change(
                        school,
                        existing.map(Schools.Located::path).orElse(null),
                        municipality.path(),
                        d.branchOfCode(),
                        before,
                        after));
            }
        }

        ImportReport report(String fileName, boolean committed, @Nullable UUID uploadId) {
            int added = 0, updated = 0, unchanged = 0;
            for (Change c : changes) {
                if (c.before == null) added++;
                else if (c.unchanged()) unchanged++;
                else updated++;
            }
            return new ImportReport(fileName, dataRows, List.of(), 0, added, updated, unchanged, committed, uploadId);
        }
    }

    /** The staged upload is gone (committed already, expired, or someone else's). */
    static final class UploadNotFound extends RuntimeException {
        UploadNotFound(UUID id) {
            super("register upload " + id + " not found");
        }
    }
}
