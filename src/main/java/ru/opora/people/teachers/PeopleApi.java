package ru.opora.people.teachers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.orgunits.Scope;
import ru.opora.shared.jobs.BackgroundJobs;
import ru.opora.shared.jobs.ImportLauncher;

/** Teachers and classes through the API: reads in the caller's scope (names by the same rule), files as jobs. */
@RestController
@Tag(name = "Педагоги")
class PeopleApi {

    /** A teacher as the caller may see them; {@code name} is «Педагог N» above school level without PEOPLE_NAMES. */
    record TeacherLine(
            UUID id,
            String name,
            List<String> subjects,
            String category,
            @Nullable Integer experienceYears,
            @Nullable String ageGroup,
            String position) {}

    /** A class of the school year with its teacher as the caller may see them. */
    record ClassLine(int schoolYear, String classLabel, String subject, String teacher) {}

    /** A school's staff through the API. */
    record Staff(UUID schoolId, String schoolName, List<TeacherLine> teachers, List<ClassLine> classes) {}

    private final TeacherPages pages;
    private final StaffFiles files;
    private final ImportLauncher launcher;

    PeopleApi(TeacherPages pages, StaffFiles files, ImportLauncher launcher) {
        this.pages = pages;
        this.files = files;
        this.launcher = launcher;
    }

    @GetMapping("/api/v1/people/schools/{id}")
    @Operation(summary = "Педагоги школы и их классы за учебный год (ФИО — школе, её куратору и методистам)")
    Staff school(
            @PathVariable UUID id,
            @Parameter(description = "Учебный год (год его начала); по умолчанию последний загруженный")
                    @RequestParam(required = false)
                    @Nullable
                    Integer year,
            Scope scope,
            Authentication who) {
        var page = pages.school(id, year, scope, who);
        return new Staff(
                page.school().id(),
                page.school().name(),
                page.teachers().stream()
                        .map(s -> new TeacherLine(
                                s.teacher().id(),
                                s.name(),
                                s.subjects(),
                                s.teacher().category().name(),
                                s.teacher().experienceYears(),
                                s.teacher().ageGroup() == null
                                        ? null
                                        : s.teacher().ageGroup().name(),
                                s.teacher().position()))
                        .toList(),
                page.classes().stream()
                        .map(c -> new ClassLine(page.year(), c.classLabel(), c.subject(), c.teacher()))
                        .toList());
    }

    @PostMapping(path = "/api/v1/imports/{what}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Файл педагогов (teachers), классов и учителей (classes), КПК педагогов (courses), каталога КПК"
                    + " (course-catalogue), диагностик (instruments) или их результатов (diagnostics), всё или ничего")
    ResponseEntity<ImportLauncher.Started> load(
            @PathVariable String what,
            @RequestParam("file") MultipartFile file,
            Scope scope,
            Principal who,
            Locale locale) {
        if (!StaffFiles.known(what)) throw new ru.opora.shared.NotFound();
        var launch = new ImportLauncher.Launch(
                what, who.getName(), scope.regionId(), file, TeacherController.MAX_BYTES, locale);
        return launcher.startWith(launch, (upload, progress) -> {
            var report = files.load(what, upload, scope, who.getName());
            return new BackgroundJobs.Result(report.ok(), launcher.view(report, locale));
        });
    }
}
