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
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.ImportProblem;
import ru.opora.shared.UnreadableFile;
import ru.opora.shared.UploadedSheet;

/**
 * Imports participant-level results in one streaming pass, so that memory stays flat whatever the
 * file's size: every row is checked and, while none is wrong, written in blocks per class with their
 * aggregates (see {@link BlockWriter}); one wrong row rolls the whole file back. A dry run checks
 * without writing.
 */
@Component
public class ResultImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ResultImport.class);

    public static final int MAX_PROBLEMS = 1000;
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

    /** The outcome: counts, or the problems that stopped the file. */
    public record Outcome(
            String fileName,
            int works,
            int absent,
            int schools,
            List<ImportProblem> problems,
            int problemCount,
            boolean committed) {

        public boolean ok() {
            return problemCount == 0;
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
        long start = System.nanoTime();
        Assessment assessment = catalogue.find(request.assessmentId()).orElseThrow();
        Map<String, UUID> schools = new HashMap<>();
        Map<UUID, OrgPath> paths = new HashMap<>();
        for (OrgUnitRef s : orgUnits.inScope(OrgUnitKind.SCHOOL, request.scope())) {
            schools.put(s.code(), s.id());
            paths.put(s.id(), s.path());
        }
        // a user with one school in scope (a school admin) never has to name it
        UUID defaultSchool = request.defaultSchool() != null && schools.containsValue(request.defaultSchool())
                ? request.defaultSchool()
                : schools.size() == 1 ? schools.values().iterator().next() : null;
        long importNumber = request.dryRun() ? 0 : works.nextImportNumber();
        var writer = request.dryRun()
                ? null
                : new BlockWriter(assessment, works, aggregates, importNumber, paths, batchWorks);
        var pass =
                new ResultPass(assessment, schools, defaultSchool, mappings.of(assessment.id()), writer, codesInMemory);
        try (writer) {
            try {
                UploadedSheet.read(request.fileName(), request.file(), MAX_BYTES, pass::accept, progress);
            } catch (UnreadableFile e) {
                pass.problems.add(ImportProblem.of(e));
            }
            pass.finish();
            if (writer != null && pass.ok()) {
                writer.finish();
                if (pass.codesOverflowed()) pass.add(duplicates(assessment, importNumber, schools));
            }
        }
        if (!pass.ok()) {
            if (writer != null && writer.wroteAnything())
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return outcome(request, pass, false);
        }
        if (writer == null) return outcome(request, pass, false);
        audit.imported(assessment, request, writer.before, writer.written, paths);
        log.info(
                "Imported {} works of {} for {} schools in {} ms",
                pass.works,
                assessment.title(),
                pass.schoolIds.size(),
                (System.nanoTime() - start) / 1_000_000);
        return outcome(request, pass, true);
    }

    private static Outcome outcome(Request request, ResultPass pass, boolean committed) {
        return new Outcome(
                request.fileName(),
                pass.works,
                pass.absent,
                pass.schoolIds.size(),
                pass.problems.stream().limit(MAX_PROBLEMS).toList(),
                pass.problemCount(),
                committed);
    }

    /** The database's check of a file too large for the in-memory one; rows are not known then. */
    private List<ImportProblem> duplicates(Assessment assessment, long importNumber, Map<String, UUID> schools) {
        Map<UUID, String> codes = new HashMap<>();
        schools.forEach((code, id) -> codes.put(id, code));
        return works.duplicates(assessment.id(), importNumber, MAX_PROBLEMS).stream()
                .map(d -> new ImportProblem("ASM-E015", 0, null, d.code(), codes.getOrDefault(d.school(), "")))
                .toList();
    }
}
