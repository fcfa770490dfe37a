package ru.opora.identification.runs;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.Scope;

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
}
