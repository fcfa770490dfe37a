package ru.opora.identification.runs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.identification.engine.Flag;
import ru.opora.identification.engine.Verdict;
import ru.opora.orgunits.Scope;

/**
 * Identification through the API: the region's runs, a run's verdict for every school in the
 * caller's scope with the sentences that explain it, starting and confirming a run (the region
 * admin), and the objectivity flags with their evidence.
 */
@RestController
@RequestMapping("/api/v1/identification")
@Tag(name = "Выявление ШНОР", description = "Прогоны правил, решения по школам с объяснениями, флаги необъективности")
class IdentificationApi {

    /** A flag with the values behind it and its sentence. */
    record FlagLine(Flag flag, String text) {}

    /** A school's verdict in a run: its figures, flags and the whole explanation. */
    record VerdictLine(
            UUID schoolId,
            String code,
            String name,
            String municipality,
            Verdict.Outcome outcome,
            Verdict.@Nullable Basis basis,
            List<Verdict.YearMeasure> years,
            Verdict.@Nullable GiaMeasure oge,
            Verdict.@Nullable GiaMeasure ege,
            boolean adverse,
            List<FlagLine> flags,
            List<String> explanation) {}

    /** A run with its verdicts. */
    record RunWithVerdicts(IdentificationRuns.Run run, List<VerdictLine> verdicts) {}

    /** A stored flag of a school, with its review and sentence. */
    record StoredFlag(
            UUID schoolId,
            @Nullable String schoolCode,
            @Nullable String schoolName,
            ObjectivityFlags.Stored flag,
            String text) {}

    private final IdentificationRuns runs;
    private final RunPages pages;
    private final RulesPage rules;
    private final FlagsPage flags;
    private final Explanation explanation;

    IdentificationApi(
            IdentificationRuns runs, RunPages pages, RulesPage rules, FlagsPage flags, Explanation explanation) {
        this.runs = runs;
        this.pages = pages;
        this.rules = rules;
        this.flags = flags;
        this.explanation = explanation;
    }

    @GetMapping("/runs")
    @Operation(summary = "Прогоны правил выявления в регионе, новые первыми")
    List<IdentificationRuns.Run> runs(Scope scope) {
        return scope.isEmpty() ? List.of() : runs.runs(scope.regionId());
    }

    @PostMapping("/runs")
    @Operation(summary = "Запустить выявление за год по действующей версии правил (администратор региона)")
    ResponseEntity<IdentificationRuns.Run> run(
            @Parameter(description = "Учебный год ВПР, например 2026") @RequestParam int year,
            Scope scope,
            Principal principal) {
        UUID id = rules.run(year, scope, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/identification/runs/" + id))
                .body(pages.run(id, scope));
    }

    @GetMapping("/runs/{runId}")
    @Operation(summary = "Прогон и решение по каждой школе в области видимости: показатели, флаги, объяснение")
    RunWithVerdicts run(@PathVariable UUID runId, Scope scope, Locale locale) {
        var run = pages.run(runId, scope);
        var lines = pages.lines(run, scope).stream()
                .map(l -> {
                    var v = l.verdict();
                    return new VerdictLine(
                            l.schoolId(),
                            l.code(),
                            l.name(),
                            l.municipality(),
                            v.outcome(),
                            v.basis(),
                            v.years(),
                            v.oge(),
                            v.ege(),
                            v.adverse(),
                            v.flags().stream()
                                    .map(f -> new FlagLine(f, explanation.flag(f, locale)))
                                    .toList(),
                            explanation.of(v, run.rules(), locale));
                })
                .toList();
        return new RunWithVerdicts(run, lines);
    }

    @PostMapping("/runs/{runId}/confirm")
    @Operation(summary = "Утвердить список прогона: кандидаты становятся ШНОР (администратор региона)")
    IdentificationRuns.Run confirm(@PathVariable UUID runId, Scope scope, Principal principal) {
        rules.confirm(runId, scope, principal.getName());
        return pages.run(runId, scope);
    }

    @GetMapping("/flags")
    @Operation(summary = "Флаги необъективности результатов за год со значениями, порогами и доказательствами")
    List<StoredFlag> flags(
            @Parameter(description = "Год; по умолчанию последний с флагами") @RequestParam(required = false) @Nullable
                    Integer year,
            Scope scope,
            Locale locale) {
        return flags.page(year, scope, locale).lines().stream()
                .map(l -> new StoredFlag(
                        l.flag().schoolId(),
                        l.school() == null ? null : l.school().code(),
                        l.school() == null ? null : l.school().name(),
                        l.flag(),
                        l.text()))
                .toList();
    }
}
