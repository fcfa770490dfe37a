package ru.opora.assessments.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** Withdrawing an assessment's results through the API, under the upload's role and the caller's scope. */
@RestController
@Tag(name = "Результаты")
class ResultWithdrawalApi {

    /** What was withdrawn. */
    record Withdrawn(UUID assessment, String title, int schools, long works) {}

    private final ResultWithdrawal withdrawal;

    ResultWithdrawalApi(ResultWithdrawal withdrawal) {
        this.withdrawal = withdrawal;
    }

    @PostMapping("/api/v1/results/{assessmentId}/withdraw")
    @Operation(
            summary = "Отозвать результаты работы: у одной школы (school) или у всех школ в области видимости;"
                    + " причина обязательна, отзыв записывается в журнал, итоги пересчитываются")
    ResponseEntity<?> withdraw(
            @PathVariable UUID assessmentId,
            @Parameter(description = "Школа; без неё — все школы в области видимости")
                    @RequestParam(required = false)
                    @Nullable
                    UUID school,
            @Parameter(description = "Причина отзыва") @RequestParam(defaultValue = "") String reason,
            Scope scope,
            Principal principal) {
        try {
            var done = withdrawal.withdraw(assessmentId, school, reason, scope, principal.getName());
            return ResponseEntity.ok(
                    new Withdrawn(assessmentId, done.assessment().title(), done.schools(), done.works()));
        } catch (ResultWithdrawal.ReasonMissing e) {
            return ResponseEntity.badRequest()
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_REQUEST, "Укажите причину отзыва (reason): она будет записана в журнал."));
        }
    }
}
