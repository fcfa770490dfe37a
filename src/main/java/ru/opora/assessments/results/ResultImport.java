package ru.opora.assessments.results;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.ImportProblem;
import ru.opora.shared.UnreadableFile;
import ru.opora.shared.UploadedSheet;

/**
 * Imports participant-level results in two streaming passes, so that memory stays flat whatever the
 * file's size: the first checks every row (nothing is written when a single one is wrong); the
 * second replaces the schools' earlier works for this assessment, COPYs the new ones and computes
 * the class and school aggregates, which are then rolled up to municipalities and the region.
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

    @RequiresPermission(Permission.RESULTS_IMPORT)
    @Transactional
    public Outcome importFile(Request request) {
        long start = System.nanoTime();
        Assessment assessment = catalogue.find(request.assessmentId()).orElseThrow();
        Map<String, UUID> schools = new HashMap<>();
        for (OrgUnitRef s : orgUnits.inScope(OrgUnitKind.SCHOOL, request.scope())) schools.put(s.code(), s.id());
        // a user with one school in scope (a school admin) never has to name it
        UUID defaultSchool = request.defaultSchool() != null && schools.containsValue(request.defaultSchool())
                ? request.defaultSchool()
                : schools.size() == 1 ? schools.values().iterator().next() : null;
        var mapping = mappings.of(assessment.id());
        var check = new CheckPass(assessment, schools, defaultSchool, mapping);
        try {
            UploadedSheet.read(request.fileName(), request.file(), MAX_BYTES, check::accept);
        } catch (UnreadableFile e) {
            check.problems.add(ImportProblem.of(e));
        }
        check.finish();
        if (!check.problems.isEmpty() || request.dryRun())
            return new Outcome(
                    request.fileName(),
                    check.works,
                    check.absent,
                    check.schoolIds.size(),
                    check.problems.stream().limit(MAX_PROBLEMS).toList(),
                    check.problemCount(),
                    false);
        long checked = System.nanoTime();
        write(request, assessment, schools, defaultSchool, check.schoolIds);
        log.info(
                "Imported {} works of {} for {} schools: checked in {} ms, written in {} ms",
                check.works,
                assessment.title(),
                check.schoolIds.size(),
                (checked - start) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        return new Outcome(request.fileName(), check.works, check.absent, check.schoolIds.size(), List.of(), 0, true);
    }

    private void write(
            Request request,
            Assessment assessment,
            Map<String, UUID> schools,
            @Nullable UUID defaultSchool,
            Set<UUID> schoolIds) {
        long t0 = System.nanoTime();
        Map<UUID, Long> before = works.countBySchool(assessment.id(), schoolIds);
        works.delete(assessment.id(), schoolIds);
        aggregates.deleteSchools(assessment.id(), schoolIds);
        long t1 = System.nanoTime();
        var writePass = new WritePass(assessment, schools, defaultSchool, mappings.of(assessment.id()));
        try (var copy = works.copy(assessment.id())) {
            writePass.copy = copy;
            UploadedSheet.read(request.fileName(), request.file(), MAX_BYTES, writePass::accept);
            copy.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of results failed", e);
        }
        long t2 = System.nanoTime();
        var paths = saveAggregates(assessment, writePass.perClass, schoolIds);
        log.debug(
                "delete {} ms, copy {} ms, aggregates {} ms",
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        audit.imported(assessment, request, before, writePass.worksBySchool, paths);
    }

    /** Saves the class and school aggregates, rolls them up, and returns the schools' paths. */
    private Map<UUID, String> saveAggregates(
            Assessment a, Map<ClassKey, ResultAggregate> perClass, Set<UUID> schoolIds) {
        Map<UUID, OrgUnitRef> units = new HashMap<>();
        for (OrgUnitRef r : orgUnits.byIds(schoolIds)) units.put(r.id(), r);
        int tasks = a.tasks().size();
        var perSchool = new LinkedHashMap<ClassKey, ResultAggregate>();
        var rows = new LinkedHashMap<Aggregates.Key, ResultAggregate>();
        perClass.forEach((k, agg) -> {
            String path = units.get(k.school()).path();
            rows.put(new Aggregates.Key(k.school(), 3, path, k.classLabel(), k.ovz()), agg);
            perSchool
                    .computeIfAbsent(
                            new ClassKey(k.school(), "", k.ovz()), x -> new ResultAggregate(tasks, a.maxPrimaryScore()))
                    .addAll(agg);
        });
        perSchool.forEach((k, agg) ->
                rows.put(new Aggregates.Key(k.school(), 3, units.get(k.school()).path(), "", k.ovz()), agg));
        aggregates.saveAll(a.id(), rows);
        var parents = new LinkedHashSet<String>();
        for (OrgUnitRef school : units.values()) {
            String[] ids = school.path().substring(1).split("/");
            parents.add("/" + ids[0] + "/");
            parents.add("/" + ids[0] + "/" + ids[1] + "/");
        }
        for (String path : parents) {
            String[] ids = path.substring(1).split("/");
            aggregates.rollUp(
                    a.id(), UUID.fromString(ids[ids.length - 1]), ids.length, path, tasks, a.maxPrimaryScore());
        }
        var paths = new HashMap<UUID, String>();
        units.forEach((id, ref) -> paths.put(id, ref.path()));
        return paths;
    }

    private record ClassKey(UUID school, String classLabel, boolean ovz) {}

    /** Pass 1: every row checked, duplicates found, nothing kept but counts and school ids. */
    private static final class CheckPass extends Pass {
        final List<ImportProblem> problems = new ArrayList<>();
        final Set<UUID> schoolIds = new LinkedHashSet<>();
        private final LongSet seen = new LongSet();
        private final Map<UUID, Integer> schoolIndex = new HashMap<>();
        private int problemCount;
        int works;
        int absent;

        CheckPass(
                Assessment assessment,
                Map<String, UUID> schools,
                @Nullable UUID defaultSchool,
                Map<String, String> mapping) {
            super(assessment, schools, defaultSchool, mapping);
        }

        @Override
        void header(List<String> headers) {
            columns = ResultColumns.detect(headers, assessment, mapping, problems);
            if (columns.school < 0 && !hasDefaultSchool()) problems.add(ImportProblem.ofFile("ASM-E009", ""));
        }

        @Override
        void row(int row, List<String> cells) {
            if (ResultRowReader.absent(cells)) {
                absent++;
                return;
            }
            var found = new ArrayList<ImportProblem>();
            reader().read(row, cells, found, headers).ifPresent(r -> {
                int index = schoolIndex.computeIfAbsent(r.schoolId(), k -> schoolIndex.size());
                if (!seen.add(LongSet.key(index, r.work().participant().code())))
                    found.add(new ImportProblem(
                            "ASM-E007",
                            row,
                            headers.get(columns.code),
                            r.work().participant().code(),
                            ""));
                else {
                    schoolIds.add(r.schoolId());
                    works++;
                }
            });
            problemCount += found.size();
            if (problems.size() < MAX_PROBLEMS) problems.addAll(found);
        }

        void finish() {
            if (problems.isEmpty() && (headers == null || works == 0))
                problems.add(ImportProblem.ofFile("ASM-E010", ""));
            problemCount = Math.max(problemCount, problems.size());
        }

        int problemCount() {
            return Math.max(problemCount, problems.size());
        }
    }

    /** Pass 2: the checked rows again, COPYed and summed per class. */
    private static final class WritePass extends Pass {
        final Map<ClassKey, ResultAggregate> perClass = new LinkedHashMap<>();
        final Map<UUID, Long> worksBySchool = new HashMap<>();

        @Nullable
        ParticipantCopy copy;

        int total;

        WritePass(
                Assessment assessment,
                Map<String, UUID> schools,
                @Nullable UUID defaultSchool,
                Map<String, String> mapping) {
            super(assessment, schools, defaultSchool, mapping);
        }

        @Override
        void header(List<String> headers) {
            columns = ResultColumns.detect(headers, assessment, mapping, new ArrayList<>());
        }

        @Override
        void row(int row, List<String> cells) {
            if (ResultRowReader.absent(cells)) return;
            var r = reader().read(row, cells, new ArrayList<>(), headers).orElseThrow();
            try {
                java.util.Objects.requireNonNull(copy).add(r.schoolId(), r.work());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            var key = new ClassKey(
                    r.schoolId(),
                    r.work().participant().classLabel(),
                    r.work().participant().ovz());
            perClass.computeIfAbsent(
                            key, k -> new ResultAggregate(assessment.tasks().size(), assessment.maxPrimaryScore()))
                    .add(r.work());
            worksBySchool.merge(r.schoolId(), 1L, Long::sum);
            total++;
        }
    }

    /** What both passes share: the header comes first, then the data rows. */
    private abstract static class Pass {
        final Assessment assessment;
        private final Map<String, UUID> schools;
        private final @Nullable UUID defaultSchool;

        @Nullable
        List<String> headers;

        ResultColumns columns;
        private @Nullable ResultRowReader reader;

        final Map<String, String> mapping;

        @SuppressWarnings("NullAway.Init")
        Pass(
                Assessment assessment,
                Map<String, UUID> schools,
                @Nullable UUID defaultSchool,
                Map<String, String> mapping) {
            this.assessment = assessment;
            this.schools = schools;
            this.defaultSchool = defaultSchool;
            this.mapping = mapping;
        }

        final boolean hasDefaultSchool() {
            return defaultSchool != null;
        }

        final void accept(int row, List<String> cells) {
            if (headers == null) {
                headers = List.copyOf(cells);
                header(cells);
                return;
            }
            row(row, cells);
        }

        final ResultRowReader reader() {
            if (reader == null) reader = new ResultRowReader(assessment, columns, schools, defaultSchool);
            return reader;
        }

        abstract void header(List<String> headers);

        abstract void row(int row, List<String> cells);
    }
}
