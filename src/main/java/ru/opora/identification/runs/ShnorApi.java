package ru.opora.identification.runs;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/** The ШНОР statuses through the API, under the same scope rules as the pages. */
@RestController
@RequestMapping("/api/v1/shnor")
class ShnorApi {

    private final ShnorStatuses statuses;

    ShnorApi(ShnorStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping
    @Operation(
            summary =
                    "Статусы ШНОР школ в области видимости; state: CANDIDATE, CONFIRMED, IN_SUPPORT, EXIT_PENDING, EXITED, RETAINED")
    List<ShnorStatuses.Status> list(@RequestParam(required = false) @Nullable ShnorState state, Scope scope) {
        return statuses.list(scope, state);
    }

    /** A school's status with every change from entry to exit, newest first. */
    record WithHistory(ShnorStatuses.Status status, List<ShnorStatuses.Event> history) {}

    @GetMapping("/{schoolId}")
    @Operation(summary = "Статус ШНОР школы и история его изменений (кто, когда, почему)")
    WithHistory school(@PathVariable UUID schoolId, Scope scope) {
        var status = statuses.find(schoolId).orElseThrow(NotFound::new);
        if (!scope.permits(status.schoolPath())) throw new AccessDeniedException("a school outside the scope");
        return new WithHistory(status, statuses.history(schoolId));
    }
}
