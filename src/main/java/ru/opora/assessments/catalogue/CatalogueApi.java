package ru.opora.assessments.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of assessments through the API: what results can be loaded for. */
@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "Каталог работ")
class CatalogueApi {

    /** An assessment of the catalogue: its kind, year, subject, grade and number of tasks. */
    record Entry(UUID id, String kind, int year, String subjectCode, String subjectName, int grade, int tasks) {}

    private final Catalogue catalogue;

    CatalogueApi(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Все работы каталога (id нужен для загрузки результатов)")
    List<Entry> all() {
        return catalogue.all().stream()
                .map(a -> new Entry(
                        a.id(),
                        a.kind().name(),
                        a.year(),
                        a.subjectCode(),
                        a.subjectName(),
                        a.grade(),
                        a.tasks().size()))
                .toList();
    }
}
