package ru.opora.assessments.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Correcting an assessment's scale through the API: a preview, then the correction (catalogue editors). */
@RestController
@Tag(name = "Каталог работ")
class ScaleCorrectionApi {

    /** What a correction changes (or changed). */
    record Outcome(
            UUID assessment,
            String title,
            int min3,
            int min4,
            int min5,
            long works,
            long changed,
            Map<String, Long> moves) {

        static Outcome of(ScaleCorrection.Preview p) {
            return new Outcome(
                    p.assessment().id(),
                    p.assessment().title(),
                    p.to().threshold(3),
                    p.to().threshold(4),
                    p.to().threshold(5),
                    p.works(),
                    p.changed(),
                    p.moves());
        }
    }

    private final ScaleCorrection correction;

    ScaleCorrectionApi(ScaleCorrection correction) {
        this.correction = correction;
    }

    @PostMapping("/api/v1/catalogue/{id}/scale/preview")
    @Operation(summary = "Сколько работ изменит отметку при новых границах min3, min4, min5 (ничего не меняет)")
    ResponseEntity<?> preview(@PathVariable UUID id, @ModelAttribute ScaleCorrection.Thresholds thresholds) {
        try {
            return ResponseEntity.ok(Outcome.of(correction.preview(id, thresholds)));
        } catch (ScaleCorrection.BadScale e) {
            return refused(e);
        }
    }

    @PostMapping("/api/v1/catalogue/{id}/scale")
    @Operation(
            summary = "Исправить границы отметок и пересчитать отметки всех работ и показатели; записывается в журнал")
    ResponseEntity<?> apply(
            @PathVariable UUID id, @ModelAttribute ScaleCorrection.Thresholds thresholds, Principal principal) {
        try {
            return ResponseEntity.ok(Outcome.of(correction.apply(id, thresholds, principal.getName())));
        } catch (ScaleCorrection.BadScale e) {
            return refused(e);
        }
    }

    private static ResponseEntity<ProblemDetail> refused(ScaleCorrection.BadScale e) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.BAD_REQUEST,
                        "Так шкала не получится: границы должны расти — 0 < min3 < min4 < min5 ≤ " + e.max
                                + ", без пропусков и пересечений. Ничего не изменено."));
    }
}
