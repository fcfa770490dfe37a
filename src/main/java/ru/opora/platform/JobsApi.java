package ru.opora.platform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.shared.jobs.BackgroundJobs;

/** Each user's background jobs through the API: an import's state while it runs, then its report. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(
        name = "Фоновые задания",
        description = "Состояние загрузок: QUEUED, RUNNING (progress 0–1), DONE с отчётом, FAILED")
class JobsApi {

    private static final int LISTED = 200;

    private final BackgroundJobs jobs;

    JobsApi(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    @Operation(summary = "Мои задания, новые первыми (до 200)")
    List<BackgroundJobs.Job> mine(Principal principal) {
        return jobs.ofOwner(principal.getName(), LISTED);
    }

    /** A job of the caller's; another user's job is answered as unknown, with the reason. */
    @GetMapping("/{id}")
    @Operation(summary = "Задание: состояние, доля выполненного, отчёт загрузки (result) или причина сбоя (incident)")
    ResponseEntity<?> job(@PathVariable UUID id, Principal principal) {
        return jobs.find(id, principal.getName())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(
                                HttpStatus.NOT_FOUND,
                                "Задания " + id
                                        + " нет среди ваших: статус задания видит только тот, кто его запустил.")));
    }
}
