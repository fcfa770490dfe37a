package ru.opora.assessments.results;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.SchoolsByCode;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportProblems;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/**
 * Imports participant-level results in one streaming pass, so that memory stays flat whatever the
 * file's size: every row is checked and, while none is wrong, written in blocks per class with their
 * aggregates (see {@link BlockWriter}); one wrong row rolls the whole file back. A dry run checks
 * without writing.
 */
@Component
public class ResultImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ResultImport.class);

    public static final long MAX_BYTES = 250L * 1024 * 1024;

    /** What to import: the file, for which assessment, by whom, and where rows without a school column go. */
    public record Request(
            UUID assessmentId,
            String fileName,
            Path file,
            Scope scope,
            @Nullable UUID defaultSchool,
            String actor,
            boolean dryRun) {}

    /**
     * The outcome: the file's report (schools whose results were added or replaced, or the problems
     * that stopped the file), the works read and the participants marked absent.
     */
    /** @param phases where the import's time went (empty for a check or a refused file) */
    public record Outcome(
            ImportReport report, int works, int absent, int schools, SchoolChanges changes, ImportPhases phases) {

        public boolean ok() {
            return report.ok();
        }

        public boolean committed() {
            return report.committed();
        }

        public List<ImportProblem> problems() {
            return report.problems();
        }

        public int problemCount() {
            return report.problemCount();
        }

        public String fileName() {
            return report.fileName();
        }
    }

    private final Catalogue catalogue;
    private final OrgUnits orgUnits;
    private final Aggregates aggregates;
    private final Works works;
    private final ColumnMappings mappings;
    private final ResultAudit audit;

    ResultImport(
            Catalogue catalogue,
            OrgUnits orgUnits,
            Aggregates aggregates,
            Works works,
            ColumnMappings mappings,
            ResultAudit audit) {
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.aggregates = aggregates;
        this.works = works;
        this.mappings = mappings;
        this.audit = audit;
    }

    /**
     * How many participant codes the duplicate check keeps in memory (16 bytes each); the codes of
     * a file larger than that are checked by the database after they are written.
     */
    private int codesInMemory = 8_000_000;

    void codesInMemory(int codes) {
        this.codesInMemory = codes;
    }

    /** Works per batch written while the file is read on: enough to keep PostgreSQL busy, small enough for the heap. */
    private int batchWorks = 65_536;

    void batchWorks(int works) {
        this.batchWorks = works;
    }

    @RequiresPermission(Permission.RESULTS_IMPORT)
    @Transactional
    public Outcome importFile(Request request) {
        return importFile(request, done -> {});
    }

    /** Imports as {@link #importFile(Request)}, reporting the share of the file read (0…1) as it goes. */
    @RequiresPermission(Permission.RESULTS_IMPORT)
    @Transactional
    public Outcome importFile(Request request, DoubleConsumer progress) {
        var phases = new ImportPhases();
        Assessment assessment = catalogue.find(request.assessmentId()).orElseThrow();
        var schools = orgUnits.schoolsByCode(request.scope());
        Map<UUID, OrgPath> paths = new HashMap<>();
        for (OrgUnitRef s : schools.all()) paths.put(s.id(), s.path());
        // a user with one school in scope (a school admin) never has to name it
        UUID defaultSchool = request.defaultSchool() != null && paths.containsKey(request.defaultSchool())
                ? request.defaultSchool()
                : schools.only().map(OrgUnitRef::id).orElse(null);
        long importNumber = request.dryRun() ? 0 : works.nextImportNumber();
        if (!request.dryRun()) works.holdAssessment(assessment.id());
        var writer = request.dryRun()
                ? null
                : new BlockWriter(assessment, works, aggregates, importNumber, paths, batchWorks);
        if (writer != null
                && !works.regionHasResults(
                        assessment.id(), assessment.year(), request.scope().regionId())) writer.nothingToReplace();
        var pass = new ResultPass(
                assessment,
                schools,
                defaultSchool,
                mappings.of(assessment.id(), request.scope().regionId()),
                writer,
                codesInMemory);
        TabularImport.Reading<Object> reading;
        try (writer) {
            reading = TabularImport.read(
                    new TabularImport.Upload(request.fileName(), request.file(), MAX_BYTES),
                    List.of(),
                    pass::readerFor,
                    progress);
            if (writer != null && reading.problems().isEmpty()) {
                writer.finish(phases);
                if (pass.codesOverflowed()) reading.problems().addAll(duplicates(assessment, importNumber, paths));
            }
        }
        if (!reading.problems().isEmpty()) {
            if (writer != null && writer.wroteAnything())
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return outcome(
                    reading.check(none -> ImportReport.Tally.NONE), pass, SchoolChanges.NONE, new ImportPhases());
        }
        if (writer == null) return checked(assessment, request, schools, reading, pass);
        var changes = changes(assessment, request.scope(), schools, writer.before, pass);
        audit.imported(assessment, request, writer.before, writer.written, paths);
        phases.end("changes and audit");
        logImported(assessment, pass, phases);
        return outcome(reading.commit(none -> tally(changes)), pass, changes, phases);
    }

    private static void logImported(Assessment assessment, ResultPass pass, ImportPhases phases) {
        log.info(
                "Imported {} works of {} for {} schools in {} ms ({})",
                pass.works,
                assessment.title(),
                pass.schoolIds.size(),
                Math.round(phases.total() * 1000),
                phases);
    }

    /** A clean check: the schools the file would add and replace, and those whose results it would keep. */
    private Outcome checked(
            Assessment assessment,
            Request request,
            SchoolsByCode schools,
            TabularImport.Reading<Object> reading,
            ResultPass pass) {
        var would = changes(
                assessment, request.scope(), schools, works.countBySchool(assessment.id(), pass.schoolIds, 0), pass);
        return outcome(reading.check(none -> tally(would)), pass, would, new ImportPhases());
    }

    /**
     * What the file did to the schools of the importer's scope, by name: whose results it added
     * (none before), whose it replaced, and whose earlier results it kept (schools not in the file,
     * whose old results still count in every total).
     */
    public record SchoolChanges(List<String> added, List<String> replaced, List<String> kept) {
        static final SchoolChanges NONE = new SchoolChanges(List.of(), List.of(), List.of());
    }

    /** Schools whose results were (or, in a check, would be) added, replaced, and kept from before. */
    private static ImportReport.Tally tally(SchoolChanges changes) {
        return new ImportReport.Tally(
                changes.added().size(),
                changes.replaced().size(),
                changes.kept().size());
    }

    /** Names the schools: those of the file that had results before, and those with results not in the file. */
    private SchoolChanges changes(
            Assessment assessment, Scope scope, SchoolsByCode schools, Map<UUID, Long> before, ResultPass pass) {
        var inFile = new java.util.HashSet<>(pass.schoolIds);
        var kept = new java.util.ArrayList<UUID>();
        for (UUID s : aggregates.schoolsWith(assessment.id(), scope)) if (!inFile.contains(s)) kept.add(s);
        var names = new HashMap<UUID, String>();
        var ids = new java.util.ArrayList<UUID>(inFile);
        ids.addAll(kept);
        // the import's own register of the scope names nearly all; the rest (none, unless the register changed
        // meanwhile) are looked up
        var missing = new java.util.ArrayList<UUID>();
        for (UUID id : ids)
            schools.byId(id)
                    .ifPresentOrElse(ref -> names.put(id, ref.code() + " " + ref.name()), () -> missing.add(id));
        for (OrgUnitRef ref : orgUnits.byIds(missing)) names.put(ref.id(), ref.code() + " " + ref.name());
        var added = new java.util.ArrayList<String>();
        var replaced = new java.util.ArrayList<String>();
        for (UUID s : pass.schoolIds)
            (before.getOrDefault(s, 0L) > 0 ? replaced : added).add(names.getOrDefault(s, s.toString()));
        var keptNames = kept.stream()
                .map(s -> names.getOrDefault(s, s.toString()))
                .sorted()
                .toList();
        return new SchoolChanges(
                added.stream().sorted().toList(), replaced.stream().sorted().toList(), keptNames);
    }

    private static Outcome outcome(ImportReport report, ResultPass pass, SchoolChanges changes, ImportPhases phases) {
        return new Outcome(report, pass.works, pass.absent, pass.schoolIds.size(), changes, phases);
    }

    /** The database's check of a file too large for the in-memory one; rows are not known then. */
    private List<ImportProblem> duplicates(Assessment assessment, long importNumber, Map<UUID, OrgPath> paths) {
        Map<UUID, String> codes = new HashMap<>();
        for (var ref : orgUnits.byIds(paths.keySet())) codes.put(ref.id(), ref.code());
        return works.duplicates(assessment.id(), importNumber, ImportProblems.SHOWN_AT_MOST).stream()
                .map(d -> new ImportProblem("ASM-E015", 0, null, d.code(), codes.getOrDefault(d.school(), "")))
                .toList();
    }
}
